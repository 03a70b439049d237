import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText } from './dom.ts';

/**
 * StepStone's job page marks each part with a data-at attribute; its class names are
 * generated per build ("job-ad-display-2lenu4") and CSS-in-JS <style> elements sit inside the
 * marked nodes, so only the data-at markers are read.
 */
const SELECTORS = {
  title: ['[data-at="header-job-title"]'],
  // A link to the employer's profile inside the header's fact list.
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  // "Homeoffice möglich, Vollzeit": the schedule and the home-office arrangement in one.
  workType: ['[data-at="metadata-work-type"]'],
  // "Feste Anstellung", "Befristeter Vertrag", "Praktikum".
  contractType: ['[data-at="metadata-contract-type"]'],
  // The "Gehalt" section's figure; the header's metadata-salary is mostly a "Gehalt anzeigen"
  // teaser, which names no amount and is then ignored.
  salary: ['[data-at="section-text-gehalt-content"]', '[data-at="metadata-salary"]'],
  description: ['[data-at="job-ad-content"]'],
} as const;

// Home-office wording of its work-type line, as a workplace label (German and English sites).
const HOME_OFFICE: Array<[RegExp, string]> = [
  [/nur home-?office|vollständig remote|fully remote/i, 'Remote'], // home office only
  [/home-?office möglich|teilweise home-?office|partially remote|hybrid/i, 'Hybrid'], // some days at home
];

const JOB_ID = /--(\d+)-inline\.html$/;

export const readStepstone: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const workType = firstText(doc, SELECTORS.workType) ?? '';
  const homeOffice = HOME_OFFICE.find(([re]) => re.test(workType))?.[1];
  // The schedule without its home-office part ("Vollzeit"), then the contract.
  const schedule = workType.split(',').filter((part) => !HOME_OFFICE.some(([re]) => re.test(part)));
  const employment = [...schedule, firstText(doc, SELECTORS.contractType)].map((part) => part?.trim()).filter(Boolean);
  return buildJob({
    source: 'stepstone',
    url,
    sourceId: JOB_ID.exec(parsed.pathname)?.[1] ?? null,
    canonicalUrl: `${parsed.origin}${parsed.pathname}`,
    title: firstText(doc, SELECTORS.title),
    company: firstText(doc, SELECTORS.company),
    locations: [firstText(doc, SELECTORS.location)],
    workplaceHints: [homeOffice],
    employmentType: employment.join(', ') || null,
    salaryText: firstText(doc, SELECTORS.salary),
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
