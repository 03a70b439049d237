import { useEffect, useState } from 'preact/compat';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import { finishEdits } from '../../../shared/tailor/edit.ts';
import { browserFonts } from '../../tailor/browser-fonts.ts';
import { makeDocument } from '../../tailor/make-document.ts';
import { type Shown, update } from './shown.ts';

/** How long the user pauses typing before their edits are checked and drawn. */
export const PAUSE_MS = 400;

/** The value as it was `ms` ago, once it stopped changing. */
export function useSettled<T>(value: T, ms = PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Draws the PDF again from the user's edits once they pause: the preview, the download and
 * the verifier's verdict follow the edited document. Edits that come back to the draft show the
 * draft's own PDF and version.
 */
export function useRedraw(job: JobCapture | null, profile: ProfileDraft | null, s: Shown | null) {
  const working = useSettled(s?.working ?? null);
  useEffect(() => {
    if (!job || !profile || !s || !working || s.working !== working || s.drawnFrom === working) return;
    const finished = finishEdits(s.draft, working);
    const current = (next: Shown) => next.working === working;
    if (finished === s.draft) {
      update(s, (n) =>
        current(n) ? { ...n, made: n.original.made, drawnFrom: working, document: n.original.document, problem: null } : n,
      );
      return;
    }
    let cancelled = false;
    makeDocument(finished.kind, profile, job, browserFonts, new Date(), finished).then(
      (made) => {
        if (!cancelled)
          update(s, (n) => (current(n) ? { ...n, made, drawnFrom: working, document: null, usedForAutofill: false, problem: null } : n));
      },
      (error) => {
        // Not tried again until the next edit: the PDF stays the one before, and the editor says why.
        if (!cancelled)
          update(s, (n) =>
            current(n) ? { ...n, drawnFrom: working, problem: error instanceof Error ? error.message : String(error) } : n,
          );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [working, s, job, profile]);
}
