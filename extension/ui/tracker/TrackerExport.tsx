import { applicationsCsv } from '../../../shared/export/applications-csv.ts';
import { everythingJson } from '../../../shared/export/everything-json.ts';
import { isFiltered } from '../../../shared/tracker/filter.ts';
import { database } from '../../db/database.ts';
import { loadProfile } from '../../db/profile.ts';
import { shownRows, trackerFilter } from './TrackerState.ts';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = () => new Date().toISOString().slice(0, 10);

async function exportEverything() {
  const db = database();
  const [profile, jobs, applications, documents, answers, follows, events] = await Promise.all([
    loadProfile(db),
    db.jobs.toArray(),
    db.applications.toArray(),
    db.documents.toArray(),
    db.answers.toArray(),
    db.follows.toArray(),
    db.events.orderBy('at').toArray(),
  ]);
  const json = everythingJson({ profile: profile ?? null, jobs, applications, documents, answers, follows, events }, Date.now());
  download(`jobsmith-${today()}.json`, 'application/json', json);
}

/** The applications shown as a spreadsheet, and all of the user's data as JSON. */
export function TrackerExport() {
  const filtered = isFiltered(trackerFilter.value);
  return (
    <div className="tracker-export">
      <button
        type="button"
        className="secondary small"
        data-testid="export-csv"
        title={filtered ? 'The applications the filters show, as CSV' : 'Every application, as CSV'}
        // A byte order mark, so Excel reads the file as UTF-8 (names like "José").
        onClick={() => download(`jobsmith-applications-${today()}.csv`, 'text/csv', `\uFEFF${applicationsCsv(shownRows.value)}`)}
      >
        {filtered ? 'CSV (shown)' : 'CSV'}
      </button>
      <button
        type="button"
        className="secondary small"
        data-testid="export-json"
        title="Everything Jobsmith keeps on this device: profile, jobs, applications, documents, answers, followed boards, events"
        onClick={() => void exportEverything()}
      >
        JSON
      </button>
    </div>
  );
}
