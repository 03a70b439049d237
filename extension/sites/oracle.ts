import { escapeText } from 'entities/escape';
import { buildJob } from '../../shared/job/build-job.ts';
import type { Extraction, ReadJob } from './adapter.ts';
import { firstText, metaContent, textOf } from './dom.ts';

/**
 * Oracle runs two products: Taleo Enterprise career sections (server pages whose script fills
 * requisitionDescriptionInterface.* nodes) and Recruiting Cloud's Candidate Experience (a
 * Knockout/JET single-page app).
 */
const TALEO = {
  title: ['[id="requisitionDescriptionInterface.reqTitleLinkAction.row1"]'], // span.titlepage
  number: ['[id="requisitionDescriptionInterface.reqContestNumberValue.row1"]'], // "2600412"
  // Each field is a panel: an optional span.subtitle label ("Primary Location") and its span.text value.
  panel: '.editablesection .contentlinepanel',
  label: '.subtitle',
  // The career section's theme banner; the page prints no employer name.
  logo: 'img[src*="/careersection/theme/"][alt]',
} as const;

const ORC = {
  title: ['h1.job-details__title', '.job-details__title'],
  // "Locations", "Job Identification", "Job Schedule", "Pay Range"… as title/subitem pairs.
  meta: '.job-meta__item',
  metaTitle: '.job-meta__title',
  metaValue: '.job-meta__subitem',
  location: ['posting-locations [data-bind*="primaryLocation"]'],
  // Each section is an h2 ("Job Description", "Qualifications") over its rich text.
  section: '.job-details__description-content',
  logo: '.app-header__logo img[alt], header img[alt]',
} as const;

// Taleo panel labels, by what they hold.
const TALEO_LOCATION = /^(primary )?location|^work locations?$/i;
const TALEO_SCHEDULE = /^(schedule|job type|employee status)$/i;
// Recruiting Cloud meta titles.
const ORC_LOCATION = /^locations?$/i;
const ORC_ID = /^job (identification|id|number)$/i;
const ORC_SCHEDULE = /^(job schedule|schedule|job type)$/i;
const ORC_WORKPLACE = /workplace|work (location )?type|remote/i;
const ORC_PAY = /^(pay|salary|compensation)\b/i;
const ORC_POSTED = /^posting date$/i;

// .../sites/CX_1/job/2045187[/apply/...] and the search page's .../requisitions/preview/2045187.
const ORC_JOB_ID = /\/(?:job|preview)\/([A-Za-z0-9_-]+)/;
// Rich text, as opposed to a one-line value.
const RICH = 'p, ul, ol, br, div, table';

/** A Taleo panel's value: its text after the label, without the ": " separator span. */
function panelValue(panel: Element): string | null {
  const label = textOf(panel.querySelector(TALEO.label)) ?? '';
  return (
    textOf(panel)
      ?.slice(label.length)
      .replace(/^[\s:]+/, '') || null
  );
}

function taleoPanel(doc: Document, label: RegExp): string | null {
  for (const panel of Array.from(doc.querySelectorAll(TALEO.panel))) {
    const name = textOf(panel.querySelector(TALEO.label));
    if (name && label.test(name)) return panelValue(panel);
  }
  return null;
}

/** The rich panels in page order, each under its label when it has one. */
function taleoDescription(doc: Document): string {
  return Array.from(doc.querySelectorAll(TALEO.panel))
    .filter((panel) => panel.querySelector(RICH))
    .map((panel) => {
      const label = textOf(panel.querySelector(TALEO.label));
      const body = Array.from(panel.querySelectorAll('.text'))
        .filter((node) => node.querySelector(RICH))
        .map((node) => node.innerHTML)
        .join('');
      return `${label ? `<h2>${escapeText(label)}</h2>` : ''}${body}`;
    })
    .join('');
}

const readTaleo = (doc: Document, url: URL): Extraction => {
  const title = firstText(doc, TALEO.title) ?? metaContent(doc, 'title');
  if (!title) return null;
  const id = url.searchParams.get('job') ?? firstText(doc, TALEO.number);
  const lang = url.searchParams.get('lang');
  const base = `${url.origin}${url.pathname}`;
  return buildJob({
    source: 'oracle',
    url: url.href,
    sourceId: id,
    canonicalUrl: id ? `${base}?job=${encodeURIComponent(id)}` : null,
    // "Apply Online" is a script button; its documented deep link is jobapply.ftl.
    applyUrl: id ? `${base.replace(/jobdetail\.ftl$/, 'jobapply.ftl')}?job=${encodeURIComponent(id)}${lang ? `&lang=${lang}` : ''}` : null,
    title,
    company: doc.querySelector(TALEO.logo)?.getAttribute('alt')?.trim() || metaContent(doc, 'og:site_name'),
    locations: [taleoPanel(doc, TALEO_LOCATION)],
    employmentType: taleoPanel(doc, TALEO_SCHEDULE),
    descriptionHtml: taleoDescription(doc),
  });
};

/** Recruiting Cloud's job facts: every subitem under each meta title. */
function orcMeta(doc: Document): Array<{ title: string; values: string[] }> {
  return Array.from(doc.querySelectorAll(ORC.meta), (item) => ({
    title: textOf(item.querySelector(ORC.metaTitle)) ?? '',
    values: Array.from(item.querySelectorAll(ORC.metaValue), (v) => textOf(v)).filter((v): v is string => v !== null),
  }));
}

function orcDescription(doc: Document): string {
  return Array.from(doc.querySelectorAll(ORC.section))
    .map((section) => {
      const heading = section.previousElementSibling?.matches('h2, h3') ? textOf(section.previousElementSibling) : null;
      return `${heading ? `<h2>${escapeText(heading)}</h2>` : ''}${section.innerHTML}`;
    })
    .join('');
}

const readCandidateExperience = (doc: Document, url: URL): Extraction => {
  const wanted = ORC_JOB_ID.exec(url.pathname)?.[1] ?? null;
  const title = firstText(doc, ORC.title);
  // An unrendered job page is still loading; the apply steps show no posting at all.
  if (!title) return wanted && !url.pathname.includes('/apply/') ? 'pending' : null;
  const meta = orcMeta(doc);
  const fact = (label: RegExp) => meta.find((m) => label.test(m.title))?.values ?? [];
  const shown = fact(ORC_ID)[0] ?? null;
  // Moving between jobs, the app keeps the previous one on screen under the new address.
  if (wanted && shown && wanted !== shown) return 'pending';
  const locations = fact(ORC_LOCATION);
  const site = /^(.*\/sites\/[^/]+)\//.exec(url.pathname)?.[1];
  return buildJob({
    source: 'oracle',
    url: url.href,
    sourceId: wanted ?? shown,
    canonicalUrl: site && wanted ? `${url.origin}${site}/job/${wanted}` : null,
    applyUrl: doc.querySelector('a.apply-now-button[href]')?.getAttribute('href') ?? null,
    title,
    company: doc.querySelector(ORC.logo)?.getAttribute('alt')?.trim() || metaContent(doc, 'og:site_name') || '',
    locations: locations.length > 0 ? locations : [firstText(doc, ORC.location)],
    workplaceHints: fact(ORC_WORKPLACE),
    employmentType: fact(ORC_SCHEDULE)[0] ?? null,
    salaryText: fact(ORC_PAY)[0] ?? null,
    postedAt: fact(ORC_POSTED)[0] ?? null,
    descriptionHtml: orcDescription(doc),
  });
};

export const readOracle: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  return parsed.pathname.includes('/careersection/') ? readTaleo(doc, parsed) : readCandidateExperience(doc, parsed);
};
