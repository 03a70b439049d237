import { lazy, Suspense, useEffect, useMemo, useState } from 'preact/compat';
import type { WritersResponse } from '../../../shared/api/writers.ts';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import type { CoverLetter, TailoredResume } from '../../../shared/tailor/schema.ts';
import { database } from '../../db/database.ts';
import { saveTailored } from '../../db/documents.ts';
import { toDraft } from '../../db/profile.ts';
import { browserFonts } from '../../tailor/browser-fonts.ts';
import { type DocumentKind, makeDocument } from '../../tailor/make-document.ts';
import { ask } from '../background.ts';
import { PdfPreview } from '../PdfPreview.tsx';
import { activeTab, followedTabId, profile, syncStatus, tabJob } from '../state.ts';
import { Changes } from './Changes.tsx';
import { fromWorker } from './from-worker.ts';
import { keepEditsAsTyped, restoreEdits, versionWithKeptEdits } from './kept-edits.ts';
import { refreshVersions, savedVersion, show, shown, versions } from './shown.ts';
import { TailorResult } from './TailorResult.tsx';
import { useRedraw } from './use-redraw.ts';
import { Versions } from './Versions.tsx';
import { type Status, WriterCard } from './WriterCard.tsx';

// Edit mode loads on first use: most visits to the panel never open it.
const DocumentEditor = lazy(() => import('./DocumentEditor.tsx').then((m) => ({ default: m.DocumentEditor })));

/** Which AI models the server offers this account (null: unknown, as when it cannot be reached). */
function useWriters(signedIn: boolean): WritersResponse | null {
  const [writers, setWriters] = useState<WritersResponse | null>(null);
  useEffect(() => {
    if (!signedIn) return setWriters(null);
    ask({ type: 'generate/writers' }).then(setWriters, () => setWriters(null));
  }, [signedIn]);
  return writers;
}

/** Tailor: a resume and a cover letter for the job in this tab, from the profile, previewed as PDF and editable. */
export function TailorTab() {
  const job = tabJob.value;
  const current = profile.value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is the profile signal's value read this render; a saved profile is a new value.
  const draftProfile = useMemo(() => (current ? toDraft(current) : null), [current]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const signedIn = Boolean(syncStatus.value?.email);
  const [writer, setWriter] = useState<'device' | 'ai'>('ai');
  const writers = useWriters(signedIn);
  const s = job && shown.value?.jobKey === job.dedupeKey ? shown.value : null;
  useRedraw(job ?? null, draftProfile, s);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `job` is the tab-job signal's value read this render; a new job must reload its versions.
  useEffect(() => {
    if (job) void refreshVersions(job);
    else versions.value = [];
  }, [job]);
  useEffect(() => keepEditsAsTyped(), []);
  // Back to a job whose document was being edited when the panel closed: it opens, with the edits.
  const list = versions.value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: run is this render's; the versions list is what changes.
  useEffect(() => {
    if (s || !job || !draftProfile || status.kind === 'busy') return;
    let stale = false;
    void versionWithKeptEdits(list).then((d) => {
      if (d && !stale && !shown.peek()) void run(d.kind === 'resume' ? 'resume' : 'cover-letter', d);
    });
    return () => {
      stale = true;
    };
  }, [list]);
  // Edits drawn after "Done" are kept as a version, as a download would keep them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `job` is the tab-job signal's value read this render.
  useEffect(() => {
    if (job && s && !s.editing && !s.document && s.working === s.drawnFrom) void savedVersion(job, s);
  }, [job, s]);

  if (!current || !draftProfile) {
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

  /** Makes a document (the worker's models write it when the user is signed in and wants that), or opens a saved version as it was. */
  async function run(what: DocumentKind, saved?: JobsmithDocument) {
    if (!job || !draftProfile) return;
    setStatus({ kind: 'busy', what, streamed: '' });
    try {
      // Edits not saved yet are kept before another document takes their place.
      if (s && !s.document && s.working === s.drawnFrom) await savedVersion(job, s);
      const now = new Date();
      const tabId = followedTabId.value;
      const aiOffered = signedIn && writers?.available !== false;
      const { content, notice, refused } = saved
        ? { content: saved.content as unknown as TailoredResume | CoverLetter, notice: null, refused: [] }
        : aiOffered && writer === 'ai' && tabId !== null
          ? await fromWorker(tabId, what, (text) => setStatus((st) => (st.kind === 'busy' ? { ...st, streamed: st.streamed + text } : st)))
          : { content: undefined, notice: null, refused: [] };
      const made = await makeDocument(what, draftProfile, job, browserFonts, now, content);
      const document = saved ?? (await saveTailored(database(), job, made.content, now.getTime())).document;
      show(job, made, document, { notice, refused });
      const opened = shown.peek();
      if (saved && opened) await restoreEdits(opened);
      setStatus({ kind: 'idle' });
      await refreshVersions(job);
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="tailor">
      <WriterCard
        job={job}
        writers={writers}
        signedIn={signedIn}
        writer={writer}
        onWriter={setWriter}
        status={status}
        onRun={(what) => void run(what)}
      />
      {s && status.kind !== 'busy' ? (
        <>
          <TailorResult s={s} job={job} />
          <div className={s.editing ? 'tailor-work editing' : 'tailor-work'}>
            {s.editing ? (
              <Suspense fallback={<p className="card muted">Opening the editor…</p>}>
                <DocumentEditor s={s} profile={draftProfile} job={job} />
              </Suspense>
            ) : null}
            <section className="card pdf-card">
              <PdfPreview bytes={s.made.pdf} label={`Preview of ${(s.document ?? s.original.document).title}`} />
            </section>
          </div>
          <Changes content={s.made.content} />
        </>
      ) : null}
      <Versions
        list={versions.value}
        busy={status.kind === 'busy'}
        onShow={(d) => void run(d.kind === 'resume' ? 'resume' : 'cover-letter', d)}
      />
    </div>
  );
}
