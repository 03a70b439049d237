import type { Page } from '@playwright/test';
import { testResume } from '../shared/analytics/test-records.ts';
import { newId } from '../shared/ids.ts';
import { createMatcher } from '../shared/match/score.ts';
import { loadTaxonomy } from '../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../shared/match/taxonomy-file.ts';
import type { Application, ApplicationStatus } from '../shared/schemas/application.ts';
import type { JobsmithDocument } from '../shared/schemas/document.ts';
import type { Job, JobSource } from '../shared/schemas/job.ts';
import { sampleCapture } from '../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../shared/testing/sample-profiles.ts';
import { expect, type OpenWithPanel, test } from './fixtures.ts';

/** A page Jobsmith does not read: the panel follows it and shows no job. */
const BLANK = 'https://copperkettle.example/blog/how-we-hire';
const DAY = 86_400_000;
const NOW = Date.now();
const PROFILE_ID = '00000000000000000000000000';

const URLS: Partial<Record<JobSource, string>> = {
  linkedin: 'https://www.linkedin.com/jobs/view/',
  greenhouse: 'https://boards.greenhouse.io/acme/jobs/',
  indeed: 'https://www.indeed.com/viewjob?jk=',
};

function job(n: number, source: JobSource, title: string, skills: string[], capturedDaysAgo: number): Job {
  const capture = sampleCapture({
    source,
    url: `${URLS[source]}${n}`,
    sourceId: String(n),
    title,
    company: `Company ${n}`,
    descriptionHtml: `<h3>Requirements</h3><ul>${skills.map((s) => `<li>${s}</li>`).join('')}</ul>`,
  });
  const at = NOW - capturedDaysAgo * DAY;
  return { ...capture, id: newId(at), createdAt: at, updatedAt: at, deletedAt: null, clocks: {}, capturedAt: at };
}

function application(of: Job, steps: Array<[ApplicationStatus, number]>, resumeDocumentId: string | null): Application {
  const history = [
    { status: 'saved' as ApplicationStatus, at: of.capturedAt },
    ...steps.map(([status, ago]) => ({ status, at: NOW - ago * DAY })),
  ];
  const applied = history.find((h) => h.status === 'applied');
  return {
    id: newId(of.capturedAt),
    createdAt: of.capturedAt,
    updatedAt: NOW,
    deletedAt: null,
    clocks: {},
    jobId: of.id,
    status: (history[history.length - 1] as { status: ApplicationStatus }).status,
    statusHistory: history,
    appliedAt: applied?.at ?? null,
    notes: '',
    contacts: [],
    resumeDocumentId,
    followUpAt: null,
    interviews: [],
    nextAction: null,
  };
}

function resume(tailored: boolean): JobsmithDocument {
  const at = NOW - 60 * DAY;
  const made = { ...testResume(newId(at), tailored), createdAt: at, updatedAt: at };
  return tailored ? { ...made, title: 'Resume for Backend Engineer (v1)' } : made;
}

/** An analytics event recorded `daysAgo` days back; one without `v` is as an older client recorded it. */
function event(daysAgo: number, type: string, props: Record<string, number>, v?: number) {
  const at = NOW - daysAgo * DAY;
  return { id: newId(at), type, at, applicationId: null, jobId: null, props, ...(v === undefined ? {} : { v }), sentAt: null };
}

/**
 * Thirteen jobs: Greenhouse answered 4 of 4 applications with 3 interviews (one offer), LinkedIn
 * 3 of 6 with 1 interview; three jobs are saved and waiting. Rust is asked in 5 of the 13, spread
 * so that the match band predicts nothing and the source alone moves the order.
 */
function searchSoFar() {
  const tailored = resume(true);
  const imported = resume(false);
  const greenhouse = [0, 1, 2, 3].map((i) =>
    job(i, 'greenhouse', 'Backend Engineer', i >= 2 ? ['Go', 'Rust'] : ['Go', 'PostgreSQL'], 50 - i * 7),
  );
  const linkedin = [0, 1, 2, 3, 4, 5].map((i) =>
    job(10 + i, 'linkedin', 'Backend Engineer', i === 0 || i === 2 ? ['Python', 'Rust'] : ['Python'], 48 - i * 7),
  );
  const outcomes: Array<Array<[ApplicationStatus, number]>> = [
    [
      ['interviewing', 30],
      ['offer', 20],
    ],
    [['interviewing', 25]],
    [['interviewing', 18]],
    [['rejected', 10]],
  ];
  const applications = [
    ...greenhouse.map((j, i) => application(j, [['applied', 49 - i * 7], ...(outcomes[i] ?? [])], tailored.id)),
    ...linkedin.map((j, i) =>
      application(
        j,
        [
          ['applied', 47 - i * 7],
          [i === 0 ? 'interviewing' : i < 3 ? 'rejected' : 'ghosted', 40 - i * 7],
        ],
        imported.id,
      ),
    ),
  ];
  // Waiting to be applied to: the LinkedIn job matches best.
  const saved = [
    job(20, 'linkedin', 'Senior Backend Engineer', ['Go', 'Kubernetes', 'PostgreSQL', 'Kafka'], 3),
    job(21, 'greenhouse', 'Backend Engineer', ['Go', 'Rust'], 2),
    job(22, 'indeed', 'Backend Developer', ['Java', 'Docker'], 1),
  ];
  applications.push(...saved.map((j) => application(j, [], null)));
  const events = [
    event(40, 'generation', { costUsd: 0.25, inputTokens: 1200, outputTokens: 300 }, 1),
    // Recorded by an older client: no format version.
    event(30, 'generation', { costUsd: 0.5, inputTokens: 800, outputTokens: 200 }),
    event(29, 'job_viewed', {}, 1),
  ];
  const profile = { ...BACKEND_ENGINEER, id: PROFILE_ID, createdAt: NOW, updatedAt: NOW, deletedAt: null, clocks: {} };
  return { jobs: [...greenhouse, ...linkedin, ...saved], applications, documents: [tailored, imported], events, profile: [profile], saved };
}

/** Writes records straight into the extension's database, after the panel's Dexie has created it. */
async function seed(panel: Page, records: Record<string, unknown[]>) {
  await panel.evaluate(async (tables) => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'jobsmith'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('jobsmith');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(Object.keys(tables), 'readwrite');
        for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, records);
}

async function openAnalytics(openWithPanel: OpenWithPanel) {
  const { panel } = await openWithPanel(BLANK);
  await panel.setViewportSize({ width: 420, height: 900 });
  await expect(panel.getByTestId('tab-analytics')).toBeVisible();
  return panel;
}

// The test computes the scores it expects with the same matcher the panel runs.
test.beforeAll(() => loadTaxonomy(readTaxonomyFile));

test('the Analytics tab shows the funnel, response rates, weekly pace, spend, what predicted responses, what to apply to next and skill gaps', async ({
  openWithPanel,
}, testInfo) => {
  const panel = await openAnalytics(openWithPanel);
  const { saved, ...records } = searchSoFar();
  await seed(panel, records);
  await panel.reload();
  await panel.getByTestId('tab-analytics').click();

  // Funnel: 13 saved → 10 applied (77 %) → 4 interviews (40 %) → 1 offer (25 %).
  const funnel = panel.getByTestId('funnel-chart');
  await expect(funnel).toHaveAttribute('role', 'img');
  await expect(funnel).toHaveAttribute(
    'aria-label',
    'Funnel: Saved 13, Applied 10 (77 % of saved), Interview 4 (40 % of applied), Offer 1 (25 % of interview)',
  );
  await expect(panel.getByTestId('funnel-chart-bar')).toHaveCount(4);
  const rows = panel.getByTestId('funnel-chart-row');
  await expect(rows.nth(0)).toHaveText('Saved13');
  await expect(rows.nth(1)).toHaveText('Applied10 · 77 %');
  await expect(rows.nth(2)).toHaveText('Interview4 · 40 %');
  await expect(rows.nth(3)).toHaveText('Offer1 · 25 %');

  // 7 of 10 got an answer: all four at Greenhouse, three of six at LinkedIn (the ghosted do not count).
  await expect(panel.getByTestId('response-overall')).toContainText(
    '70 % of your 10 applications got an answer (7, the first a median 17 days after applying)',
  );
  await expect(panel.getByTestId('response-source-bar')).toHaveCount(2);
  await expect(panel.getByTestId('response-source-row').nth(0)).toContainText('LinkedIn3/6 · 50 %');
  await expect(panel.getByTestId('response-source-row').nth(1)).toContainText('Greenhouse4/4 · 100 %');
  await expect(panel.getByTestId('response-resume-bar')).toHaveCount(2);
  await expect(panel.getByTestId('response-resume-row').nth(0)).toContainText('not tailored3/6 · 50 %');
  await expect(panel.getByTestId('response-ats-bar')).toHaveCount(2);
  await expect(panel.getByTestId('response-band')).toHaveAttribute('role', 'img');

  await expect(panel.getByTestId('weeks-chart-bar')).toHaveCount(12);
  await expect(panel.getByTestId('weeks-chart')).toHaveAttribute('aria-label', /^Applications per week, last 12 weeks: /);

  // $0.75 over 10 applications, the old client's event included.
  await expect(panel.getByTestId('spend-per-application')).toContainText(
    '$0.075 per application: $0.75 over 10 applications, 2 generations',
  );

  await expect(panel.getByTestId('learning-factor').filter({ hasText: 'Salary in the posting' })).toContainText(
    'all 10 outcomes so far are "no salary stated", so there is nothing to compare yet.',
  );
  const source = panel.getByTestId('learning-factor').filter({ hasText: 'Where the job was found' });
  await expect(source).toHaveAttribute('data-verdict', 'predictive');
  await expect(source).toContainText('Jobs found on Greenhouse: 3 of 4 led to an interview or offer (75 %), against 40 % overall.');

  // The LinkedIn job matches best, but Greenhouse has answered this user far more often.
  const match = createMatcher(BACKEND_ENGINEER, new Date(NOW));
  const [linkedinMatch, greenhouseMatch, indeedMatch] = saved.map((j) => match(j).score) as [number, number, number];
  expect(linkedinMatch).toBeGreaterThan(greenhouseMatch);
  expect(greenhouseMatch + 18).toBeGreaterThan(linkedinMatch - 12);
  const expected = [
    { title: 'Senior Backend Engineer', priority: linkedinMatch - 12 },
    { title: 'Backend Engineer', priority: greenhouseMatch + 18 },
    { title: 'Backend Developer', priority: indeedMatch },
  ].sort((a, b) => b.priority - a.priority);
  await expect(panel.getByTestId('next-job')).toHaveCount(3);
  await expect(panel.getByTestId('next-title')).toHaveText(expected.map((e) => e.title));
  await expect(panel.getByTestId('next-job').filter({ hasText: 'Company 21' })).toContainText(
    '+18: jobs found on Greenhouse led to an interview or offer 75 % of the time, against 40 % overall.',
  );

  await expect(panel.getByTestId('skill-gap').first()).toHaveText(
    'Rust appears in 38 % of your saved jobs and is not in your profile. Required in 5.',
  );

  await panel.getByTestId('prep-application').selectOption({ label: 'Backend Engineer — Company 2 (interviewing)' });
  await expect(panel.getByTestId('prep-question').first()).toContainText('Why do you want this Backend Engineer role at Company 2?');
  await expect(panel.getByTestId('prep-question').filter({ hasText: 'Rust' })).toContainText('Rust is required and not in your profile.');
  await panel.getByTestId('prep-question').first().getByRole('button', { name: 'Practise this answer' }).click();
  await panel.getByTestId('prep-answer').fill('I like backend work.');
  await expect(panel.getByTestId('prep-feedback')).toContainText('needs signing in');

  await panel.screenshot({ path: testInfo.outputPath('analytics-tab.png'), fullPage: true });
  // One image per card as well, at full size, to read every chart label.
  for (const card of ['funnel', 'response', 'weeks', 'spend', 'learning', 'next', 'gaps', 'prep']) {
    await panel.getByTestId(`analytics-${card}`).screenshot({ path: testInfo.outputPath(`analytics-${card}.png`) });
  }
});

test('with nothing saved, the Analytics tab says what to do first', async ({ openWithPanel }) => {
  const panel = await openAnalytics(openWithPanel);
  await panel.getByTestId('tab-analytics').click();
  await expect(panel.getByTestId('analytics-empty')).toContainText('Save jobs from the Job tab');
});

test('with saved jobs only and no profile, each card says what to do next and no job is hidden', async ({ openWithPanel }, testInfo) => {
  const panel = await openAnalytics(openWithPanel);
  const jobs = [job(30, 'linkedin', 'Data Analyst', ['SQL'], 2), job(31, 'indeed', 'Data Engineer', ['Python'], 1)];
  await seed(panel, { jobs, applications: jobs.map((j) => application(j, [], null)) });
  await panel.reload();
  await panel.getByTestId('tab-analytics').click();

  await expect(panel.getByTestId('funnel-chart')).toHaveAttribute(
    'aria-label',
    'Funnel: Saved 2, Applied 0 (0 % of saved), Interview 0 (– of applied), Offer 0 (– of interview)',
  );
  const waiting = {
    'response-empty': 'Mark a job as applied in the Tracker',
    'analytics-weeks': 'Your weekly pace appears once you apply.',
    'analytics-spend': 'No AI generations recorded yet.',
    'learning-not-enough': 'Too little data yet: 0 of the 8 outcomes needed.',
  };
  for (const [card, says] of Object.entries(waiting)) await expect(panel.getByTestId(card)).toContainText(says);
  // One line for what appears later, not a row of "too little data" per trait.
  await expect(panel.getByTestId('learning-factor')).toHaveCount(0);
  await expect(panel.getByTestId('next-job')).toHaveCount(2);
  await expect(panel.getByTestId('next-job').first()).toContainText('No match score yet (import your resume in Profile).');
  await expect(panel.getByTestId('analytics-gaps')).toContainText('Import your resume in Profile');
  await panel.screenshot({ path: testInfo.outputPath('analytics-saved-only.png'), fullPage: true });
});
