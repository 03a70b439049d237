import { DAY } from '../shared/analytics/dates.ts';
import { changeStatus } from '../shared/applications.ts';
import type { Application, ApplicationStatus } from '../shared/schemas/application.ts';

/** Where the applications of a job search end, in turn: most stay saved or unanswered, a few go further. */
const PATHS: ApplicationStatus[][] = [
  [],
  [],
  ['applied'],
  ['applied'],
  ['applied', 'ghosted'],
  ['applied', 'rejected'],
  ['applied', 'interviewing'],
  ['applied', 'interviewing', 'rejected'],
  ['applied', 'interviewing', 'offer'],
  ['withdrawn'],
];

/**
 * The `i`-th application of a search, saved at `savedAt`, moved along its path of PATHS: the
 * first step a day after it was saved, each next one `daysBetween` days later.
 */
export function alongPath(application: Application, i: number, savedAt: number, daysBetween: number): Application {
  const path = PATHS[i % PATHS.length] ?? [];
  return path.reduce((app, status, step) => changeStatus(app, status, savedAt + (1 + step * daysBetween) * DAY), application);
}
