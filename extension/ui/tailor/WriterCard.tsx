import type { WritersResponse } from '../../../shared/api/writers.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { WRITER_LABELS } from '../../../shared/tailor/claim-labels.ts';
import type { DocumentKind } from '../../tailor/make-document.ts';

export type Status = { kind: 'idle' } | { kind: 'busy'; what: DocumentKind; streamed: string } | { kind: 'error'; message: string };

interface Props {
  job: JobCapture;
  /** Which AI models the server offers this account (null: none, or it cannot be reached). */
  writers: WritersResponse | null;
  signedIn: boolean;
  writer: 'device' | 'ai';
  onWriter: (writer: 'device' | 'ai') => void;
  status: Status;
  onRun: (what: DocumentKind) => void;
}

/** The job, who will write for it (and how it is checked), and the buttons that make each document. */
export function WriterCard({ job, writers, signedIn, writer, onWriter, status, onRun }: Props) {
  const aiOffered = signedIn && writers?.available !== false;
  const busy = status.kind === 'busy';
  return (
    <section className="card">
      <h2>
        {job.title}
        {job.company ? <span className="muted"> · {job.company}</span> : null}
      </h2>
      <p className="muted">
        {aiOffered && writer === 'ai'
          ? 'An AI model writes it; every employer, title, date, number and skill is checked against your profile before you see it.'
          : 'Chooses and orders what your profile says for this job, on this device. Nothing is invented: every fact comes from your profile.'}
      </p>
      {aiOffered ? (
        <label className="row">
          Writer:{' '}
          <select
            data-testid="tailor-writer"
            value={writer}
            onChange={(e) => onWriter(e.currentTarget.value === 'device' ? 'device' : 'ai')}
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
        <button type="button" data-testid="tailor-resume" disabled={busy} onClick={() => onRun('resume')}>
          {busy && status.what === 'resume' ? 'Tailoring…' : 'Tailor resume'}
        </button>
        <button type="button" className="secondary" data-testid="tailor-letter" disabled={busy} onClick={() => onRun('cover-letter')}>
          {busy && status.what === 'cover-letter' ? 'Writing…' : 'Write cover letter'}
        </button>
      </div>
      {status.kind === 'busy' && status.streamed ? (
        <div className="stream" data-testid="tailor-stream" aria-live="polite">
          <p className="stream-label">Being written — checked against your profile before it is final</p>
          <p>{status.streamed}</p>
        </div>
      ) : null}
      {status.kind === 'error' ? (
        <p className="error" role="alert" data-testid="tailor-error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
