import { useEffect, useState } from 'preact/compat';
import type { ApplicationStatus } from '../../../shared/schemas/application.ts';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import { sourceLabel } from '../../../shared/sites/registry.ts';
import { STATUS_LABEL, STATUSES } from '../../../shared/tracker/board.ts';
import type { TrackerRow } from '../../../shared/tracker/row.ts';
import { database } from '../../db/database.ts';
import { documentsForJob } from '../../db/documents.ts';
import { Options } from '../controls.tsx';
import { TrackerContacts } from './TrackerContacts.tsx';
import { TrackerInterviews } from './TrackerInterviews.tsx';
import { TrackerNextAction } from './TrackerNextAction.tsx';
import { TrackerNotes } from './TrackerNotes.tsx';
import { moveApplications, trackerNotice, trackerOpenId } from './TrackerState.ts';

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Documents({ row }: { row: TrackerRow }) {
  const [documents, setDocuments] = useState<JobsmithDocument[]>([]);
  const { job, application, resumeSent } = row;
  useEffect(() => {
    documentsForJob(database(), job).then(setDocuments, () => setDocuments([]));
  }, [job]);
  const others = documents.filter((d) => d.id !== application.resumeDocumentId);
  return (
    <section className="card">
      <h2>Documents</h2>
      <p data-testid="detail-resume">{resumeSent ? `Resume sent: ${resumeSent}` : 'No resume recorded as sent.'}</p>
      {others.length > 0 ? (
        <ul className="plain-list">
          {others.map((d) => (
            <li key={d.id} className="muted">
              Prepared: {d.title || d.kind}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One application in full: the job, its match, documents, history, notes, contacts, interviews, next action. */
export function TrackerDetail({ row }: { row: TrackerRow }) {
  const { application, job, score } = row;
  return (
    <div className="tracker-detail" data-testid="tracker-detail">
      <button
        type="button"
        className="link"
        data-testid="tracker-back"
        onClick={() => {
          trackerOpenId.value = null;
          trackerNotice.value = null;
        }}
      >
        ← All applications
      </button>
      <header className="detail-head">
        <div>
          <h2 data-testid="detail-title">
            <a href={job.url} target="_blank" rel="noreferrer">
              {job.title}
            </a>
          </h2>
          <p className="muted">{[job.company, job.locations.join(', '), sourceLabel(job.source)].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="detail-score" title="Match score against your profile">
          <span className="tracker-score" data-testid="detail-score">
            {score ?? '–'}
          </span>
          <span className="muted">match</span>
        </div>
      </header>
      <label className="detail-status">
        Status
        <select
          data-testid="detail-status"
          value={application.status}
          onChange={(e) => void moveApplications([application.id], e.currentTarget.value as ApplicationStatus)}
        >
          <Options values={STATUSES} labels={STATUS_LABEL} />
        </select>
      </label>
      <TrackerNextAction application={application} />
      <section className="card">
        <h2>History</h2>
        <ol className="timeline" data-testid="detail-timeline">
          {application.statusHistory.map((change) => (
            <li key={`${change.status}-${change.at}`} className={change.status}>
              <strong>{STATUS_LABEL[change.status]}</strong> <span className="muted">{when(change.at)}</span>
              {change.note ? <p>{change.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <TrackerNotes application={application} />
      <TrackerInterviews application={application} />
      <TrackerContacts application={application} />
      <Documents row={row} />
    </div>
  );
}
