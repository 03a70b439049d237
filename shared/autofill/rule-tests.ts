import type { CanonicalField, CollectedField } from './fields.ts';

/** The pieces classification rows are built from, shared by the generic table and the site units' rows. */
export type Test = (f: CollectedField, text: string) => boolean;
export interface Rule {
  field: CanonicalField;
  why: string;
  test: Test;
}

export const ac =
  (...tokens: string[]): Test =>
  (f) =>
    tokens.some((t) => f.autocomplete.toLowerCase().split(/\s+/).includes(t));
export const automation =
  (re: RegExp): Test =>
  (f) =>
    re.test(f.automationId);
export const named =
  (re: RegExp): Test =>
  (f) =>
    re.test(f.name) || re.test(f.htmlId);
export const says =
  (re: RegExp): Test =>
  (_f, text) =>
    re.test(text);
/** The label alone, without its required marker: for wordings that must be the whole label. */
export const bareLabel = (f: CollectedField) => f.label.replace(/\s*(\*|\(required\))\s*$/i, '').trim();
export const labelIs =
  (re: RegExp): Test =>
  (f) =>
    re.test(bareLabel(f));
export const all =
  (...tests: Test[]): Test =>
  (f, text) =>
    tests.every((t) => t(f, text));
export const kind =
  (...kinds: CollectedField['kind'][]): Test =>
  (f) =>
    kinds.includes(f.kind);
