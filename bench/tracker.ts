import type { Page } from '@playwright/test';
import { importTestProfile } from '../e2e/test-profile.ts';
import { DAY } from '../shared/analytics/dates.ts';
import { newSavedJob } from '../shared/applications.ts';
import { buildJob } from '../shared/job/build-job.ts';
import type { Application } from '../shared/schemas/application.ts';
import type { Job, JobSource } from '../shared/schemas/job.ts';
import { DEFAULT_DIRECTION, sortRows } from '../shared/tracker/sort.ts';
import { alongPath } from './application-paths.ts';
import { withFixtureBrowser } from './browser-session.ts';
import { type Summary, summarizeSequential } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

const COUNT = 5000;
const TITLES = ['Staff Accountant', 'Payroll Specialist', 'Field Service Technician', 'Financial Analyst', 'Controller', 'Data Analyst'];
const SKILLS = ['Excel', 'SQL', 'NetSuite', 'GAAP', 'Python', 'Kubernetes', 'SAP', 'Tableau', 'QuickBooks', 'forklift certification'];
const SOURCES: JobSource[] = ['linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby'];
/** 5,000 saved jobs over a year, across 500 companies, with real descriptions to score. */
function seedRecords(now: number): { jobs: Job[]; applications: Application[] } {
  const jobs: Job[] = [];
  const applications: Application[] = [];
  for (let i = 0; i < COUNT; i++) {
    const skills = [SKILLS[i % SKILLS.length], SKILLS[(i * 7 + 3) % SKILLS.length], SKILLS[(i * 3 + 1) % SKILLS.length]];
    const source = SOURCES[i % SOURCES.length] ?? 'generic';
    const capture = buildJob({
      source,
      url: `https://jobs.example.com/${source}/${i}`,
      sourceId: String(i),
      title: `${TITLES[i % TITLES.length]} ${Math.floor(i / TITLES.length)}`,
      company: `Company ${String(i % 500).padStart(3, '0')}`,
      locations: [i % 3 === 0 ? 'Remote' : 'Denver, CO'],
      descriptionHtml: `<p>We are hiring to grow our team.</p><h3>Requirements</h3><ul>${skills
        .map((s) => `<li>${i % 4} years of experience with ${s}</li>`)
        .join('')}</ul><h3>Nice to have</h3><ul><li>Bachelor's degree in Accounting</li></ul>`,
    });
    if (!capture) throw new Error('seed job has no title');
    const savedAt = now - (i % 365) * DAY - i;
    const saved = newSavedJob(capture, savedAt);
    jobs.push(saved.job);
    applications.push(alongPath(saved.application, i, savedAt, 1));
  }
  return { jobs, applications };
}

/** Writes the records straight into the panel's IndexedDB (the extension's Dexie is not reachable from a test). */
async function seed(panel: Page, records: { jobs: Job[]; applications: Application[] }) {
  await panel.evaluate(
    ({ jobs, applications }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jobsmith');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['jobs', 'applications'], 'readwrite');
          for (const job of jobs) tx.objectStore('jobs').put(job);
          for (const application of applications) tx.objectStore('applications').put(application);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/**
 * In the page: runs `act`, then waits one task at a time (React commits a typed change in a
 * microtask, before the next task) until `done` holds; returns the milliseconds that took,
 * and to the next frame after it. Strings, evaluated over CDP: the extension page's CSP
 * forbids building functions from text in the page.
 */
async function timeInPage(panel: Page, act: string, done: string): Promise<{ dom: number; frame: number }> {
  return (await panel.evaluate(`(async () => {
    const t0 = performance.now();
    ${act};
    do {
      await new Promise((r) => setTimeout(r, 0));
      if (performance.now() - t0 > 60000) throw new Error('timed out waiting for ' + ${JSON.stringify(done)});
    } while (!(${done}));
    const dom = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return { dom, frame: performance.now() - t0 };
  })()`)) as { dom: number; frame: number };
}

const COUNT_TEXT = `document.querySelector('[data-testid="tracker-count"]')?.textContent ?? ''`;
const FIRST_TITLE = `document.querySelector('[data-testid="tracker-title"]')?.textContent ?? ''`;

/** Sets a controlled input's value the way typing does, so React sees it. */
function typeInto(selector: string, value: string, event: 'input' | 'change'): string {
  return `{
    const el = document.querySelector('${selector}');
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
    el.dispatchEvent(new Event('${event}', { bubbles: true }));
  }`;
}

/**
 * The Tracker tab with 5,000 applications in Chromium: time from the tab click to the first
 * rows on screen, until every match score is shown, to switch to the board, and per
 * keystroke of a company filter and per change of sort order until the list shows it.
 */
export async function trackerBench(record: Record): Promise<void> {
  await withFixtureBrowser(async ({ context, extensionId }) => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await importTestProfile(panel);
    const records = seedRecords(Date.now());
    await seed(panel, records);

    const render: number[] = [];
    const scored: number[] = [];
    const board: number[] = [];
    for (let run = 0; run < 5; run++) {
      await panel.reload();
      await panel.getByTestId('tab-tracker').waitFor();
      const first = await timeInPage(
        panel,
        `document.querySelector('[data-testid="tab-tracker"]').click()`,
        `document.querySelector('[data-testid="tracker-row"]') !== null`,
      );
      render.push(first.frame);
      // Scores arrive after the rows: the first row's score replaces its dash.
      const scores = await timeInPage(panel, '', `document.querySelector('[data-testid="tracker-score"]')?.textContent !== '–'`);
      scored.push(first.frame + scores.frame);
      const toBoard = await timeInPage(
        panel,
        `document.querySelector('[data-testid="tracker-view-board"]').click()`,
        `document.querySelector('[data-testid="board-card"]') !== null`,
      );
      board.push(toBoard.frame);
      await panel.getByTestId('tracker-view-list').click();
    }
    record('tracker: open the tab, 5,000 applications (click → first rows painted)', summarizeSequential(render));
    record('tracker: open the tab, 5,000 applications (click → match scores shown)', summarizeSequential(scored));
    record('tracker: switch to the board, 5,000 applications (click → cards painted)', summarizeSequential(board));

    const filterDom: number[] = [];
    const filterFrame: number[] = [];
    for (const word of ['company 1', 'company 42', 'company 499', 'COMPANY 0']) {
      for (let i = 1; i <= word.length; i++) {
        const typed = word.slice(0, i);
        const needle = typed.trim().toLowerCase();
        const matching = records.jobs.filter((j) => j.company.toLowerCase().includes(needle)).length;
        const t = await timeInPage(
          panel,
          typeInto('[data-testid="tracker-filter-company"]', typed, 'input'),
          `(${COUNT_TEXT}) === ${JSON.stringify(`${matching} of ${COUNT} applications`)}`,
        );
        filterDom.push(t.dom);
        filterFrame.push(t.frame);
      }
      await panel.getByTestId('tracker-filter-company').fill('');
    }
    record('tracker: company filter keystroke, 5,000 applications (→ list updated)', summarizeSequential(filterDom));
    record('tracker: company filter keystroke, 5,000 applications (→ next frame)', summarizeSequential(filterFrame));

    const rows = records.applications.map((application, i) => ({
      application,
      job: records.jobs[i] as Job,
      score: null,
      resumeSent: null,
    }));
    const sortDom: number[] = [];
    const sortFrame: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const key of ['company', 'score', 'applied', 'activity', 'saved'] as const) {
        // The first row each order puts on top (scores depend on the profile: one task is enough there).
        const first = key === 'score' ? null : (sortRows(rows, { key, direction: DEFAULT_DIRECTION[key] })[0]?.job.title ?? '');
        const t = await timeInPage(
          panel,
          typeInto('[data-testid="tracker-sort"]', key, 'change'),
          first === null ? 'true' : `(${FIRST_TITLE}) === ${JSON.stringify(first)}`,
        );
        sortDom.push(t.dom);
        sortFrame.push(t.frame);
      }
    }
    record('tracker: change the sort, 5,000 applications (→ list updated)', summarizeSequential(sortDom));
    record('tracker: change the sort, 5,000 applications (→ next frame)', summarizeSequential(sortFrame));
  });
}
