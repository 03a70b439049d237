import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import { finishEdits } from '../../../shared/tailor/edit.ts';
import { CoverLetter, TailoredResume } from '../../../shared/tailor/schema.ts';
import { type Shown, shown, update } from './shown.ts';

/**
 * Edits not yet saved as a version, kept in extension storage (web pages cannot read it) per
 * document, so closing the panel or the browser loses none of what the user typed: opening the
 * document again brings them back in the editor. Saving a version or returning to the draft
 * forgets them.
 */
const PREFIX = 'tailorEdits:';
const Kept = TailoredResume.or(CoverLetter);
const WRITE_AFTER_MS = 300;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Kept as a version of their own (downloaded, attached, "Done"): the edits are saved. */
const savedAsVersion = (s: Shown) => s.document !== null && s.document.id !== s.original.document.id;

function write(s: Shown) {
  const key = PREFIX + s.original.document.id;
  const finished = finishEdits(s.draft, s.working);
  // Saved, or back to the draft: nothing to keep.
  if (savedAsVersion(s) || finished === s.draft) return browser.storage.local.remove(key);
  return browser.storage.local.set({ [key]: finished });
}

/**
 * Keeps the shown document's edits as the user types: written once the shown state rests. Edits
 * just saved as a version are forgotten at once, without the wait: the user may close the panel
 * right after a download, and must not be offered them again as unsaved.
 */
export function keepEditsAsTyped(): () => void {
  return effect(() => {
    const current = shown.value;
    if (!current) return;
    clearTimeout(timer);
    if (savedAsVersion(current)) {
      void write(current).catch(() => undefined);
      return;
    }
    timer = setTimeout(() => {
      const now = shown.peek();
      if (now) void write(now).catch(() => undefined);
    }, WRITE_AFTER_MS);
  });
}

/** Brings back the edits kept for the document just shown, if any, in the editor. */
export async function restoreEdits(from: Shown): Promise<void> {
  const key = PREFIX + from.original.document.id;
  const stored = (await browser.storage.local.get(key).catch((): Record<string, unknown> => ({})))[key];
  const parsed = Kept.safeParse(stored);
  if (!parsed.success || parsed.data.kind !== from.draft.kind) return;
  update(from, (s) => (s.working === s.draft ? { ...s, working: parsed.data, editing: true, notice: 'Your unsaved edits are back.' } : s));
}

/** The newest of these versions that has edits kept (the panel was closed while editing it). */
export async function versionWithKeptEdits(list: JobsmithDocument[]): Promise<JobsmithDocument | null> {
  if (list.length === 0) return null;
  const stored = await browser.storage.local.get(list.map((d) => PREFIX + d.id)).catch((): Record<string, unknown> => ({}));
  return list.find((d) => stored[PREFIX + d.id] !== undefined) ?? null;
}
