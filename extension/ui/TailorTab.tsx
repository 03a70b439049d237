import { useEffect, useMemo, useState } from 'preact/compat';
import type { WritersResponse } from '../../shared/api/writers.ts';
import type { JobsmithDocument } from '../../shared/schemas/document.ts';
import { CLAIM_LABELS, refusedHeading, WRITER_LABELS } from '../../shared/tailor/claim-labels.ts';
import type { CoverLetter, RefusedDraft, TailoredResume } from '../../shared/tailor/schema.ts';
import { database } from '../db/database.ts';
import { documentsForJob, saveTailored } from '../db/documents.ts';
import { attachToAutofill } from '../db/files.ts';
import { toDraft } from '../db/profile.ts';
import { browserFonts } from '../tailor/browser-fonts.ts';
import { type DocumentKind, type Made, makeDocument } from '../tailor/make-document.ts';
import { ask, onBroadcast } from './background.ts';
import { PdfPreview } from './PdfPreview.tsx';
import { activeTab, followedTabId, profile, syncStatus, tabJob } from './state.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: DocumentKind; streamed: string }
  | { kind: 'done'; made: Made; document: JobsmithDocument; usedForAutofill: boolean; notice: string | null; refused: RefusedDraft[] }
  | { kind: 'error'; message: string };

/** The tailored resume or letter as text, for the "what changed" view beside the preview. */
function Changes({ content }: { content: TailoredResume | CoverLetter }) {
  if (content.kind !== 'resume') return null;
  return (
    <section className="card" data-testid="tailor-changes">
      <h3>What changed from your resume, and why</h3>
      {content.changes.length === 0 ? (
        <p className="muted">Nothing: your resume already leads with what this job asks for.</p>
      ) : (
        <ul className="changes">
          {content.changes.map((c) => (
            <li key={c.what}>
              <strong>{c.what}</strong> <span className="muted">— {c.why}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Tailor: a resume and a cover letter for the job in this tab, from the profile, previewed as PDF. */
export function TailorTab() {
  const job = tabJob.value;
  const current = profile.value;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const signedIn = Boolean(syncStatus.value?.email);
  const [writer, setWriter] = useState<'device' | 'ai'>('ai');
  // Which AI models the server offers this account (null: unknown, as when it cannot be reached).
  const [writers, setWriters] = useState<WritersResponse | null>(null);
  useEffect(() => {
    if (!signedIn) return setWriters(null);
    ask({ type: 'generate/writers' }).then(setWriters, () => setWriters(null));
  }, [signedIn]);
  const aiOffered = signedIn && writers?.available !== false;
  const useAi = aiOffered && writer === 'ai';
  const [versions, setVersions] = useState<JobsmithDocument[]>([]);
  const url = useMemo(
    () => (state.kind === 'done' ? URL.createObjectURL(new Blob([state.made.pdf as BlobPart], { type: 'application/pdf' })) : null),
    [state],
  );
  useEffect(() => {
    if (url) return () => URL.revokeObjectURL(url);
  }, [url]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `job` is the tab-job signal's value read this render; a new job must reload its versions.
  useEffect(() => {
    if (job) documentsForJob(database(), job).then(setVersions, () => setVersions([]));
    else setVersions([]);
  }, [job]);

  if (!current) {
    return (
      <div className="empty" data-testid="tailor-no-profile">
        <h2>Tailor</h2>
        <p>Import your resume in the Profile tab first: tailoring chooses and orders what your profile says.</p>
        <button type="button" className="secondary" onClick={() => (activeTab.value = 'profile')}>
          Go to Profile
        </button>
      </div>
    );
  }
  if (!job) {
    return (
      <div className="empty" data-testid="tailor-no-job">
        <h2>Tailor</h2>
        <p>Open a job posting in this tab: Jobsmith tailors your resume and cover letter to it.</p>
      </div>
    );
  }

  /** The worker's models write it when the user is signed in and wants that; otherwise, or when that fails, this device does. */
  async function fromWorker(
    what: DocumentKind,
  ): Promise<{ content?: TailoredResume | CoverLetter; notice: string | null; refused?: RefusedDraft[] }> {
    const tabId = followedTabId.value;
    if (!useAi || tabId === null) return { notice: null };
    const requestId = crypto.randomUUID();
    const stop = onBroadcast((m) => {
      if (m.type === 'generate/delta' && m.requestId === requestId)
        setState((s) => (s.kind === 'busy' ? { ...s, streamed: s.streamed + m.text } : s));
    });
    try {
      const result = await ask({ type: 'generate/run', tabId, kind: what, requestId });
      if (!result) return { notice: null };
      // A refused draft is explained by its own card; the notice names only the writers that failed.
      const failed = result.fellBackFrom.filter((p) => !result.refused.some((r) => r.provider === p));
      const fellBack = failed.length > 0 ? ` (${failed.map((p) => WRITER_LABELS[p]).join(', ')} failed first)` : '';
      const notice = result.replaced
        ? 'The letter as first written said something your profile does not support; this checked one replaces it.'
        : result.usage.cached
          ? `Reused an earlier answer${fellBack}.`
          : fellBack
            ? `Written${fellBack}.`
            : null;
      return { content: result.document, notice, refused: result.refused };
    } catch (error) {
      return {
        notice: `The AI writer is unavailable: ${error instanceof Error ? error.message : String(error)}. Made on this device instead.`,
      };
    } finally {
      stop();
    }
  }

  async function run(what: DocumentKind, stored?: TailoredResume | CoverLetter) {
    if (!job || !current) return;
    setState({ kind: 'busy', what, streamed: '' });
    try {
      const now = new Date();
      const { content, notice, refused = [] } = stored ? { content: stored, notice: null } : await fromWorker(what);
      const made = await makeDocument(what, toDraft(current), job, browserFonts, now, content);
      const { document } = await saveTailored(database(), job, made.content, now.getTime());
      setState({ kind: 'done', made, document, usedForAutofill: false, notice, refused });
      setVersions(await documentsForJob(database(), job));
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function attach() {
    if (state.kind !== 'done') return;
    await attachToAutofill(database(), state.document.id, state.made.pdf, state.made.fileName, Date.now());
    setState({ ...state, usedForAutofill: true });
  }

  const busy = state.kind === 'busy';
  return (
    <div className="tailor">
      <section className="card">
        <h2>
          {job.title}
          {job.company ? <span className="muted"> · {job.company}</span> : null}
        </h2>
        <p className="muted">
          {useAi
            ? 'An AI model writes it; every employer, title, date, number and skill is checked against your profile before you see it.'
            : 'Chooses and orders what your profile says for this job, on this device. Nothing is invented: every fact comes from your profile.'}
        </p>
        {aiOffered ? (
          <label className="row">
            Writer:{' '}
            <select
              data-testid="tailor-writer"
              value={writer}
              onChange={(e) => setWriter(e.currentTarget.value === 'device' ? 'device' : 'ai')}
            >
              <option value="ai">
                AI{writers?.models[0] ? ` (${WRITER_LABELS[writers.models[0].provider]})` : ''}, checked against your profile
              </option>
              <option value="device">This device only</option>
            </select>
          </label>
        ) : null}
        {signedIn && writers?.reason ? (
          <p className="muted" data-testid="tailor-no-ai">
            {writers.reason}
          </p>
        ) : null}
        <div className="row">
          <button type="button" data-testid="tailor-resume" disabled={busy} onClick={() => void run('resume')}>
            {busy && state.what === 'resume' ? 'Tailoring…' : 'Tailor resume'}
          </button>
          <button type="button" className="secondary" data-testid="tailor-letter" disabled={busy} onClick={() => void run('cover-letter')}>
            {busy && state.what === 'cover-letter' ? 'Writing…' : 'Write cover letter'}
          </button>
        </div>
        {state.kind === 'busy' && state.streamed ? (
          <div className="stream" data-testid="tailor-stream" aria-live="polite">
            <p className="stream-label">Being written — checked against your profile before it is final</p>
            <p>{state.streamed}</p>
          </div>
        ) : null}
        {state.kind === 'error' ? (
          <p className="error" role="alert" data-testid="tailor-error">
            {state.message}
          </p>
        ) : null}
      </section>
      {state.kind === 'done' && url ? (
        <>
          <section className="card" data-testid="tailor-result">
            <h3 data-testid="tailor-title">{state.document.title}</h3>
            <p className="muted" data-testid="tailor-writer-used">
              {state.made.content.provider === 'offline'
                ? `Written by ${WRITER_LABELS.offline}, from your profile's own words`
                : `Written by ${WRITER_LABELS[state.made.content.provider]} (${state.made.content.model}), checked against your profile`}{' '}
              · {Math.round(state.made.pdf.byteLength / 1024)} KB
            </p>
            {state.notice ? (
              <p className="muted" data-testid="tailor-notice">
                {state.notice}
              </p>
            ) : null}
            {state.refused.length > 0 ? (
              <div className="note" data-testid="tailor-refused">
                <strong>A draft was refused: it stated things your profile does not.</strong> This document replaces it.
                {/* The chain tries each provider once, so a provider names its refused draft. */}
                {state.refused.map((draft) => (
                  <div key={`${draft.provider}:${draft.model}`}>
                    <p>{refusedHeading(draft)}</p>
                    <ul>
                      {draft.claims.map((c) => (
                        <li key={`${c.kind}:${c.text}:${c.where}`}>
                          {CLAIM_LABELS[c.kind]}: “{c.text}” <span className="muted">({c.where})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ) : null}
            {state.made.unsupported.length > 0 ? (
              <div className="warn" role="alert" data-testid="tailor-unsupported">
                <strong>Not in your profile — check before sending:</strong>
                <ul>
                  {state.made.unsupported.map((c) => (
                    <li key={`${c.kind}:${c.text}:${c.where}`}>
                      {CLAIM_LABELS[c.kind]}: “{c.text}” ({c.where})
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="row">
              <a className="button" href={url} download={state.made.fileName} data-testid="tailor-download">
                Download PDF
              </a>
              <a className="button secondary" href={url} target="_blank" rel="noreferrer">
                Open
              </a>
              {state.made.content.kind === 'resume' ? (
                <button
                  type="button"
                  className="secondary"
                  data-testid="tailor-use"
                  disabled={state.usedForAutofill}
                  onClick={() => void attach()}
                >
                  {state.usedForAutofill ? 'Autofill attaches this resume' : 'Use for autofill'}
                </button>
              ) : null}
            </div>
            <PdfPreview bytes={state.made.pdf} label={`Preview of ${state.document.title}`} />
          </section>
          <Changes content={state.made.content} />
        </>
      ) : null}
      {versions.length > 0 ? (
        <section className="card" data-testid="tailor-versions">
          <h3>Versions for this job</h3>
          <ul className="versions">
            {versions.map((d) => (
              <li key={d.id} data-testid="tailor-version">
                <span>{d.title}</span>
                <span className="muted"> · {new Date(d.createdAt).toLocaleString()}</span>{' '}
                <button
                  type="button"
                  className="secondary small"
                  disabled={busy}
                  onClick={() =>
                    void run(d.kind === 'resume' ? 'resume' : 'cover-letter', d.content as unknown as TailoredResume | CoverLetter)
                  }
                >
                  Show
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
