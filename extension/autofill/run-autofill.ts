import type { AutofillReport } from '../../shared/autofill/field-schema.ts';
import { CollectedFields, StepResults } from '../../shared/autofill/field-schema.ts';
import type { CollectedField } from '../../shared/autofill/fields.ts';
import { planFill } from '../../shared/autofill/plan-fill.ts';
import { loadTaxonomy, type TaxonomyData } from '../../shared/match/taxonomy.ts';
import type { BackgroundToContent } from '../../shared/messages.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { JobsmithDb } from '../db/database.ts';
import { loadResumeFile } from '../db/files.ts';
import { loadProfile, toDraft } from '../db/profile.ts';

export interface AutofillDeps {
  db: JobsmithDb;
  /** Sends a message to the tab's top document and returns its reply. */
  sendToTab: (tabId: number, message: unknown, frameId: number) => Promise<unknown>;
  /** Frames of the tab whose content script found a form (an embedded Greenhouse board), newest first. */
  formFrames?: (tabId: number) => Promise<number[]>;
  jobOfTab: (tabId: number) => Promise<JobCapture | null>;
  /** Told which resume document was attached in the tab, for the application when the form is sent. */
  onResumeAttached?: (tabId: number, documentId: string) => Promise<void>;
  now?: () => Date;
  /** Where the skills taxonomy comes from: the extension's file, or the generated file in tests. */
  readTaxonomy: () => Promise<TaxonomyData>;
}

/**
 * The background's side of Autofill: ask the page for its form, plan the fill from the
 * profile (pure, shared/), send the steps back to be typed in, and report what happened.
 * The page never sees the profile, only the values put into its own fields.
 */
export async function runAutofill(deps: AutofillDeps, tabId: number, refill: boolean, onlyFrame?: number): Promise<AutofillReport> {
  const profile = await loadProfile(deps.db);
  if (!profile) throw new Error('Import your resume in the Profile tab first: autofill fills from your profile.');
  // The page itself first, then frames that said they hold a form (forms embedded in iframes).
  const frames = onlyFrame !== undefined ? [onlyFrame] : [0, ...((await deps.formFrames?.(tabId)) ?? []).filter((f) => f !== 0)];
  let frameId = frames[0] ?? 0;
  let fields: CollectedField[] = [];
  let unreadable = false;
  for (const candidate of frames) {
    const reply = CollectedFields.safeParse(
      await deps.sendToTab(tabId, { type: 'content/collect-form' } satisfies BackgroundToContent, candidate).catch(() => null),
    );
    if (!reply.success) {
      unreadable = true;
      continue;
    }
    if (reply.data.length > 0) {
      frameId = candidate;
      fields = reply.data;
      break;
    }
  }
  if (fields.length === 0) {
    throw new Error(
      unreadable ? 'Jobsmith cannot read a form on this page. Reload the page and try again.' : 'No form fields found on this page.',
    );
  }

  const [answers, resume, job] = await Promise.all([
    deps.db.answers.toArray(),
    loadResumeFile(deps.db),
    deps.jobOfTab(tabId),
    // Planning reads the skills taxonomy (years with a skill): loaded the first time a form is filled.
    loadTaxonomy(deps.readTaxonomy),
  ]);
  const draft = toDraft(profile);
  const report: AutofillReport = { filled: [], needsYou: [], skipped: [], failed: [] };
  // A second pass when the first added work or education entries: their fields exist only now.
  // It fills only empty fields (the first pass already refilled the rest, if asked).
  let keptFirst: AutofillReport['skipped'] = [];
  for (let pass = 0; pass < 2; pass++) {
    if (pass > 0) {
      const again = CollectedFields.safeParse(
        await deps.sendToTab(tabId, { type: 'content/collect-form' } satisfies BackgroundToContent, frameId).catch(() => null),
      );
      if (!again.success) break;
      fields = again.data;
    }
    const plan = planFill(fields, draft, {
      refill: refill && pass === 0,
      hasResume: resume !== undefined,
      answers,
      company: job?.company,
      now: deps.now?.() ?? new Date(),
    });
    const applied = StepResults.safeParse(
      await deps.sendToTab(
        tabId,
        {
          type: 'content/apply-fill',
          steps: plan.steps,
          // The file travels (as a list of bytes) only to a form that takes it.
          resume:
            resume && plan.steps.some((step) => step.action === 'upload')
              ? { name: resume.name, type: resume.type, bytes: Array.from(resume.bytes) }
              : null,
          // The page reports the user's own answers to these when the form is submitted.
          askUser: [...plan.needsYou, ...plan.skipped.filter((item) => !item.kept)].map((item) => item.label),
        } satisfies BackgroundToContent,
        frameId,
      ),
    );
    const results = new Map((applied.success ? applied.data : []).map((r) => [r.ref, r]));
    let added = false;
    for (const step of plan.steps) {
      const result = results.get(step.ref);
      if (result?.ok) {
        added ||= step.action === 'add';
        if (step.action === 'upload' && resume?.documentId) await deps.onResumeAttached?.(tabId, resume.documentId);
        report.filled.push({
          label: step.label,
          value:
            step.action === 'upload'
              ? (resume?.name ?? step.value)
              : step.action === 'check'
                ? step.value === 'true'
                  ? 'ticked'
                  : 'left unticked'
                : (result.value ?? step.value),
          why: step.why,
        });
      } else report.failed.push({ label: step.label, why: result?.error ?? 'the page did not confirm this field' });
    }
    // What is still open after the last pass. In the second, every field the first filled is "kept".
    const item = (i: { label: string; why: string }) => ({ label: i.label, why: i.why });
    if (pass === 0) keptFirst = plan.skipped.filter((i) => i.kept).map(item);
    report.needsYou = plan.needsYou.map(item);
    report.skipped = pass === 0 ? plan.skipped.map(item) : [...keptFirst, ...plan.skipped.filter((i) => !i.kept).map(item)];
    if (!added) break;
  }
  return report;
}
