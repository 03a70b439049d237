import type { BoardRef } from '../../boards/types.ts';

/**
 * The jobs a fake board holds, in no API's shape: each fake API (./greenhouse.ts …) writes them
 * the way its real API does. Tests and benchmarks only (never imported by shipped code).
 */
export interface FakePosting {
  /** The API's id for it (a number's digits for Greenhouse, SmartRecruiters and Personio). */
  id: string;
  title: string;
  /** Where as a person writes it: "Berlin, Germany". */
  city: string;
  country: string;
  workplace: 'remote' | 'hybrid' | 'onsite' | null;
  employment: 'full-time' | 'part-time' | 'contract' | 'internship' | null;
  pay: { min: number; max: number; currency: string; period: 'year' | 'month' | 'hour' } | null;
  /** ISO times. */
  postedAt: string;
  updatedAt: string;
  department: string;
  /** The opening paragraph, then what the role asks, then what is nice to have. */
  summary: string;
  requirements: string[];
  niceToHave: string[];
  /** The employer, where a feed lists many (Remotive). */
  company?: string;
  /** Ashby lists unlisted jobs with isListed: false. */
  unlisted?: boolean;
}

export type FakeMode =
  | { kind: 'ok' }
  /** The board is gone: 404 as each API answers it. */
  | { kind: 'closed' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error' }
  /** The body is cut off half way. */
  | { kind: 'malformed' }
  /** The answer comes after this long. */
  | { kind: 'slow'; ms: number }
  /** Lists answer; each job's detail request answers 500 (Workday, SmartRecruiters). */
  | { kind: 'detail-error' };

export interface FakeBoard {
  ref: BoardRef;
  /** The employer as the API names it (its legal name, where the API states one). */
  company: string;
  postings: FakePosting[];
  mode?: FakeMode;
  /** "Today" for APIs that write relative dates (Workday's "Posted 3 Days Ago"). */
  now?: Date;
}

const TITLES = [
  'Senior Backend Engineer',
  'Registered Nurse',
  'Data Analyst',
  'Product Designer',
  'Site Reliability Engineer',
  'Accountant',
];
const PLACES: Array<[string, string]> = [
  ['Berlin', 'Germany'],
  ['Austin, TX', 'United States'],
  ['London', 'United Kingdom'],
  ['Toronto, ON', 'Canada'],
];
const SKILLS = ['Python', 'PostgreSQL', 'Kubernetes', 'TypeScript', 'patient assessment', 'SQL', 'Figma', 'GAAP', 'Terraform'];
const WORKPLACES: FakePosting['workplace'][] = ['remote', 'hybrid', 'onsite', null];

/** `count` distinct postings, the same for the same arguments: varied places, workplaces, pay (some without) and dates. */
export function fakePostings(count: number, options: { idBase?: number; now?: Date } = {}): FakePosting[] {
  const now = (options.now ?? new Date('2026-11-20T12:00:00Z')).getTime();
  return Array.from({ length: count }, (_, i) => {
    const [city, country] = PLACES[i % PLACES.length] as [string, string];
    const title = `${TITLES[i % TITLES.length]}${i >= TITLES.length ? ` ${Math.floor(i / TITLES.length) + 1}` : ''}`;
    const skill = (k: number) => SKILLS[(i + k) % SKILLS.length] as string;
    const posted = new Date(now - (i % 40) * 86_400_000 - 3_600_000);
    return {
      id: String((options.idBase ?? 4_100_000) + i),
      title,
      city,
      country,
      workplace: WORKPLACES[i % WORKPLACES.length] ?? null,
      employment: i % 7 === 6 ? 'contract' : 'full-time',
      pay:
        i % 3 === 2
          ? null
          : {
              min: 70_000 + (i % 5) * 5_000,
              max: 95_000 + (i % 5) * 5_000,
              currency: country === 'Germany' ? 'EUR' : 'USD',
              period: 'year',
            },
      postedAt: posted.toISOString(),
      updatedAt: new Date(posted.getTime() + 86_400_000).toISOString(),
      department: i % 2 ? 'Engineering' : 'Operations',
      summary: `We are looking for a ${title} to join our ${i % 2 ? 'platform' : 'operations'} team and own work end to end.`,
      requirements: [
        `3+ years of experience with ${skill(0)}`,
        `Experience with ${skill(1)} and ${skill(2)}`,
        'Clear written communication',
      ],
      niceToHave: [`Experience with ${skill(3)}`],
    };
  });
}

/** The posting's description as one HTML document (the APIs that have one description field). */
export function descriptionHtml(p: FakePosting): string {
  const items = (lines: string[]) => lines.map((line) => `<li>${line}</li>`).join('');
  return `<p>${p.summary}</p><h3>Requirements</h3><ul>${items(p.requirements)}</ul><h3>Nice to have</h3><ul>${items(p.niceToHave)}</ul>`;
}

/** "Remote - Berlin", "Hybrid - Berlin", "Berlin": how boards without a workplace field write it into the location. */
export function placeWithWorkplace(p: FakePosting): string {
  const prefix = { remote: 'Remote - ', hybrid: 'Hybrid - ', onsite: '' }[p.workplace ?? 'onsite'];
  return `${prefix}${p.city}`;
}

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
