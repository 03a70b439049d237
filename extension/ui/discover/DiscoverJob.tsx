import { useState } from 'preact/compat';
import { browser } from 'wxt/browser';
import type { DiscoverItem } from '../../../shared/discover/new-for-you.ts';
import { sourceLabel } from '../../../shared/sites/registry.ts';
import { database } from '../../db/database.ts';
import { saveJob } from '../../db/jobs.ts';
import { ask } from '../background.ts';
import { formatSalary } from '../format.ts';
import { activeTab } from '../state.ts';

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

function when(item: DiscoverItem, now: number): string {
  const { firstSeenAt, closedAt } = item.row;
  if (closedAt !== null) return `Closed ${day(closedAt)}`;
  const days = Math.floor((now - firstSeenAt) / 86_400_000);
  return days <= 0 ? 'New today' : days === 1 ? 'New yesterday' : `Listed since ${day(firstSeenAt)}`;
}

/** One job of a followed board: what it is, how well it fits, and one click to save, tailor or open it. */
export function DiscoverJob({ item, now }: { item: DiscoverItem; now: number }) {
  const { job, closedAt } = item.row;
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const facts = [
    job.company,
    job.locations.slice(0, 2).join(' · '),
    job.workplace === 'remote' ? 'Remote' : job.workplace === 'hybrid' ? 'Hybrid' : '',
    formatSalary(job.salary),
  ].filter(Boolean);

  async function save() {
    try {
      await saveJob(database(), job, Date.now());
      ask({ type: 'sync/now' }).catch(() => undefined);
      // The row stays until the list next loads (then the tracker has it): the user sees it saved.
      setSaved(true);
      setNote('Saved to your tracker.');
    } catch (error) {
      setNote(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // The job's own page opens in a tab of its own: the Job and Tailor tabs read it there, as any job.
  const open = (then?: 'tailor') =>
    browser.tabs.create({ url: job.url, active: true }).then(
      () => {
        if (then) activeTab.value = then;
      },
      (error: unknown) => setNote(`Could not open the page: ${String(error)}`),
    );

  return (
    <li
      className={closedAt === null ? 'card discover-job' : 'card discover-job closed'}
      data-testid="discover-job"
      data-closed={closedAt !== null}
    >
      <div className="discover-head">
        <h3 data-testid="discover-job-title">{job.title}</h3>
        {item.score !== null && (
          <span className="score-pill" data-testid="discover-job-score" title="Match with your profile">
            {item.score}%
          </span>
        )}
      </div>
      <p className="muted">{facts.join(' · ')}</p>
      <p className="muted small" data-testid="discover-job-when">
        {when(item, now)} · from {sourceLabel(job.source)}
        {item.knockedOut ? ' · has a requirement your profile does not meet' : ''}
      </p>
      <div className="actions">
        <button type="button" className="secondary" data-testid="discover-save" disabled={saved} onClick={() => void save()}>
          {saved ? 'Saved' : 'Save'}
        </button>
        {closedAt === null && (
          <button type="button" className="secondary" data-testid="discover-tailor" onClick={() => void open('tailor')}>
            Tailor
          </button>
        )}
        <button type="button" className="link" data-testid="discover-open" onClick={() => void open()}>
          Open
        </button>
      </div>
      {note && (
        <p className="muted small" role="status">
          {note}
        </p>
      )}
    </li>
  );
}
