import { signal } from '@preact/signals';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import type { CoverLetter, RefusedDraft, TailoredResume } from '../../../shared/tailor/schema.ts';
import { database } from '../../db/database.ts';
import { documentsForJob, saveTailored } from '../../db/documents.ts';
import type { Made } from '../../tailor/make-document.ts';

type Content = TailoredResume | CoverLetter;

/**
 * The document the Tailor tab shows, and the user's edits to it. It lives outside the tab's
 * components so that a look at another tab loses neither the document nor what was typed.
 */
export interface Shown {
  /** The job it was made for (its dedupe key): another page's job never shows it. */
  jobKey: string;
  /** As the writer made it, or the version as opened: what "Reset to the draft" returns to. */
  draft: Content;
  /** The draft's PDF and the version it is saved as. */
  original: { made: Made; document: JobsmithDocument };
  /** The user's copy, with the blanks they leave while typing. */
  working: Content;
  /** The PDF and the verifier's verdict, drawn from `drawnFrom` (a `working` of a moment ago). */
  made: Made;
  drawnFrom: Content;
  /** The saved version the PDF is; null while it shows edits not saved yet. */
  document: JobsmithDocument | null;
  usedForAutofill: boolean;
  notice: string | null;
  refused: RefusedDraft[];
  editing: boolean;
  /** Why the edits could not be drawn. */
  problem: string | null;
}

export const shown = signal<Shown | null>(null);
/** The versions of the shown job's documents, newest first. */
export const versions = signal<JobsmithDocument[]>([]);

export async function refreshVersions(job: JobCapture): Promise<void> {
  versions.value = await documentsForJob(database(), job).catch(() => []);
}

/** Shows a document just made or opened: the PDF is the version, nothing is edited. */
export function show(
  job: JobCapture,
  made: Made,
  document: JobsmithDocument,
  why: { notice?: string | null; refused?: RefusedDraft[] } = {},
) {
  shown.value = {
    jobKey: job.dedupeKey,
    draft: made.content,
    original: { made, document },
    working: made.content,
    made,
    drawnFrom: made.content,
    document,
    usedForAutofill: false,
    notice: why.notice ?? null,
    refused: why.refused ?? [],
    editing: false,
    problem: null,
  };
}

/** Changes the shown document, unless another has replaced it meanwhile. */
export function update(from: Shown, change: (s: Shown) => Shown) {
  const now = shown.peek();
  if (now && now.jobKey === from.jobKey && now.original.document.id === from.original.document.id) shown.value = change(now);
}

/**
 * The version the PDF is, saved first when it shows the user's edits: what is downloaded,
 * attached or left in the editor is kept among the job's versions, as the user made it.
 */
export function savedVersion(job: JobCapture, from: Shown): Promise<JobsmithDocument> {
  if (from.document) return Promise.resolve(from.document);
  // A download and a click on "Done" at once save one version.
  let saving = inFlight.get(from.made);
  if (!saving) {
    saving = saveTailored(database(), job, from.made.content, Date.now()).then(async ({ document }) => {
      update(from, (s) => (s.made === from.made ? { ...s, document } : s));
      await refreshVersions(job);
      return document;
    });
    inFlight.set(from.made, saving);
  }
  return saving;
}
const inFlight = new WeakMap<Made, Promise<JobsmithDocument>>();
