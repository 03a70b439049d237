/** Fields as the collector describes them, for the autofill planner's tests. */
import type { CollectedField } from '../autofill/fields.ts';

let n = 0;
/** Every property empty but those given, and a ref of its own. */
export function field(partial: Partial<CollectedField>): CollectedField {
  n += 1;
  return {
    ref: `f${n}`,
    kind: 'text',
    label: '',
    name: '',
    htmlId: '',
    autocomplete: '',
    placeholder: '',
    required: false,
    value: '',
    options: [],
    automationId: '',
    section: '',
    ...partial,
  };
}
/** Options whose label is their value. */
export const options = (...labels: string[]) => labels.map((label) => ({ label, value: label }));
