// `node bench/ranking/prepare.ts <folder>`: builds the ranking benchmark's data (resumes.json,
// postings.json beside this file) from three public datasets saved in <folder> (see README.md):
// resumes labelled by occupation, and job postings labelled here by their titles' words.
// It is run once by hand; the benchmark reads what it wrote.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const HERE = new URL('.', import.meta.url).pathname;
/** Descriptions are cut here: enough for any ranking, a bounded file. */
const MAX_TEXT = 6000;

/**
 * A posting's category from its title, first rule that matches; the resume dataset's own
 * category names. Titles no rule matches are left out.
 */
export const TITLE_RULES: Array<[category: string, title: RegExp]> = [
  ['Blockchain', /blockchain|solidity|web3/i],
  ['SAP Developer', /\bsap\b/i],
  // "Automated Test Engineer" and "Software Development Engineer in Test" are the SDET spelled out.
  [
    'Automation Testing',
    /automation (test|engineer|qa)|automated test|test automation|selenium|\bsdet\b|\b(engineer|developer) in test\b/i,
  ],
  ['Testing', /\bqa\b|quality assurance|\btest(er|ing)?\b/i],
  ['DevOps Engineer', /devops|site reliability|\bsre\b/i],
  ['Hadoop', /hadoop|big data|\bspark\b/i],
  ['ETL Developer', /\betl\b|informatica|datastage|data warehous/i],
  ['Data Science', /data scien|machine learning/i],
  ['DotNet Developer', /\.net\b|\bc#|dotnet/i],
  ['Java Developer', /\bjava\b|j2ee/i],
  ['Python Developer', /python|django/i],
  ['Database', /database|\bdba\b|\bsql\b/i],
  ['Network Security Engineer', /network (engineer|admin|security)|cyber ?security|information security|security engineer|firewall/i],
  ['Web Designing', /web design|ui ?\/ ?ux|\bux\b|front[- ]?end|web developer/i],
  ['Business Analyst', /business (systems )?analyst/i],
  ['PMO', /project manager|program manager|\bpmo\b|project coordinator/i],
  // Before HR: an "Employment & HR Litigation Attorney" is a lawyer whose field is HR.
  ['Advocate', /attorney|lawyer|paralegal|counsel\b/i],
  ['HR', /\bhr\b|human resource|recruit|talent acquisition/i],
  ['Mechanical Engineer', /mechanical engineer/i],
  ['Electrical Engineering', /electrical engineer|electrician/i],
  ['Civil Engineer', /civil engineer|structural engineer/i],
  ['Health and fitness', /fitness|personal trainer|nutrition|wellness coach|yoga/i],
  ['Operations Manager', /operations manager|director of operations|operations director/i],
  ['Sales', /\bsales\b|account executive|business development/i],
];

/**
 * A title's own job, before what qualifies it ("Sr Web Developer - Test and Measurement",
 * "Technical Project Manager - Agile, SQL", "Java Developer (Java with AWS or Java with Hadoop)"):
 * the words before a dash, a colon or a parenthesis when they end in a job's noun. In "Civil
 * Engineering - Public Works Project Manager" they name a field, and the whole title is read.
 */
const HEAD = /^(.+?)(?:\s[-–—:|]\s|\s*\(|:)/;
const JOB_NOUN =
  /\b(?:developer|engineer|analyst|manager|designer|tester|consultant|architect|administrator|attorney|lawyer|paralegal|recruiter|generalist|scientist|coordinator|representative|executive|director|specialist|lead)s?$/i;

const firstRule = (text: string) => TITLE_RULES.find(([, re]) => re.test(text))?.[0] ?? null;

export function categoryOfTitle(title: string): string | null {
  const head = HEAD.exec(title)?.[1]?.trim() ?? '';
  return (JOB_NOUN.test(head) ? firstRule(head) : null) ?? firstRule(title);
}

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(file), { columns: true, relax_quotes: true, skip_empty_lines: true });
const clean = (text: string) =>
  text
    .replace(/â€¢|â¢|Â/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node bench/ranking/prepare.ts <folder with the three CSV files>');
  const seen = new Set<string>();
  const resumes = csv(join(dir, 'UpdatedResumeDataSet.csv'))
    .map((r) => ({ category: r.Category as string, text: clean(r.Resume as string) }))
    .filter((r) => !seen.has(r.text) && seen.add(r.text));
  const postings = [
    ...csv(join(dir, 'dice_com-job_us_sample_658.csv')).map((r) => ({
      source: 'dice',
      title: r.jobtitle ?? '',
      description: r.jobdescription ?? '',
    })),
    ...csv(join(dir, 'linkedin_postings_1000.csv')).map((r) => ({
      source: 'linkedin',
      title: r.title ?? '',
      description: r.description ?? '',
    })),
  ]
    .map((p) => ({ ...p, title: p.title.trim(), description: clean(p.description), category: categoryOfTitle(p.title) }))
    .filter((p) => p.category !== null && p.title && p.description && !seen.has(p.description) && seen.add(p.description));
  writeFileSync(join(HERE, 'resumes.json'), `${JSON.stringify(resumes, null, 1)}\n`);
  writeFileSync(join(HERE, 'postings.json'), `${JSON.stringify(postings, null, 1)}\n`);
  console.log(`${resumes.length} resumes, ${postings.length} postings`);
}
