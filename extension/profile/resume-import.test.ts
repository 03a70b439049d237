import { describe, expect, it } from 'vitest';
import { parseResume } from '../../shared/resume/parse-resume.ts';
import { ResumeError } from '../../shared/resume/text-items.ts';
import { nodePdfJs } from './node-pdfjs.ts';
import { pdfTextPages } from './pdf-text.ts';
import {
  germanResume,
  imageOnlyResume,
  longDocument,
  otherHeadingsResume,
  passwordProtectedPdf,
  singleColumnResume,
  twoColumnResume,
} from './test-resumes.ts';

async function parse(pdf: Uint8Array) {
  const { pages } = await pdfTextPages(nodePdfJs, pdf);
  return parseResume(pages);
}

describe('resume import', () => {
  it('reads a one-column resume: contact, roles with dates and bullets, education, skills, languages', async () => {
    const { profile, warnings } = await parse(await singleColumnResume());
    expect(profile.name).toMatchObject({ first: 'José', last: 'Müller' });
    expect(profile.email).toBe('jose.muller@example.com');
    expect(profile.phone).toBe('+1 303 555 0199');
    expect(profile.location).toBe('Denver, CO');
    expect(profile.links.linkedin).toBe('linkedin.com/in/josemuller');
    expect(profile.experience).toEqual([
      {
        title: 'Senior Accountant',
        employer: 'Bluebird Foods',
        location: 'Denver, CO',
        start: '2021-01',
        end: null,
        bullets: [
          'Led month-end close for three entities under US GAAP',
          'Cut reconciliation time by 40% by moving bank reconciliations into NetSuite saved searches',
        ],
      },
      {
        title: 'Staff Accountant',
        employer: 'Rocky Mountain Castings',
        location: '',
        start: '2018-06',
        end: '2020-12',
        bullets: ['Accounts payable and accounts receivable for 400 vendors'],
      },
    ]);
    expect(profile.education).toEqual([
      {
        school: 'University of Colorado Boulder',
        degree: 'Bachelor of Science in Accounting',
        field: 'Accounting',
        start: '2014',
        end: '2018',
      },
    ]);
    expect(profile.skills.map((s) => s.name)).toEqual(['GAAP', 'NetSuite', 'Excel', 'QuickBooks', 'Month-end close', 'SAP']);
    expect(profile.certifications[0]).toMatchObject({ name: 'Certified Public Accountant (CPA), Colorado', year: '2020' });
    expect(profile.languages).toEqual([
      { name: 'English', level: 'native' },
      { name: 'German', level: 'fluent' },
      { name: 'Spanish', level: 'conversational' },
    ]);
    expect(profile.eeo).toEqual({
      gender: 'decline',
      race: 'decline',
      hispanicLatino: 'decline',
      veteran: 'decline',
      disability: 'decline',
    });
    expect(warnings).toEqual([]);
  });

  it('reads a two-column resume without mixing the sidebar into the roles', async () => {
    const { profile } = await parse(await twoColumnResume());
    expect(profile.name).toMatchObject({ first: 'Priya', last: 'Raman' });
    expect(profile.email).toBe('priya.raman@example.org');
    expect(profile.location).toBe('San Francisco, CA');
    expect(profile.links.github).toBe('github.com/priyaraman');
    expect(profile.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'AWS', 'Tableau']);
    expect(profile.experience.map((e) => [e.title, e.employer, e.location, e.start, e.end])).toEqual([
      ['Senior Data Engineer', 'Northwind Analytics', 'Austin, TX', '2021', '2024'],
      ['Data Analyst', 'Lumen Health', '', '2018', '2021'],
    ]);
    expect(profile.experience[0]?.bullets).toEqual([
      'Built batch pipelines in Spark and Airflow over 2 PB of sales data',
      'Owned data quality checks with dbt tests',
    ]);
    expect(profile.education[0]).toMatchObject({
      school: 'Georgia Institute of Technology',
      degree: 'M.S. in Computer Science',
      end: '2018',
    });
    expect(profile.languages).toEqual([
      { name: 'English', level: 'fluent' },
      { name: 'Tamil', level: 'native' },
    ]);
  });

  it('reads other heading words and numeric dates', async () => {
    const { profile } = await parse(await otherHeadingsResume());
    expect(profile.experience.map((e) => [e.title, e.employer, e.start, e.end])).toEqual([
      ['Field Service Technician', 'Harbor Robotics', '2019-03', '2023-06'],
      ['Maintenance Technician', 'Northern Rail', '2015-09', '2019-02'],
    ]);
    expect(profile.experience[0]?.bullets).toEqual([
      'Installed and commissioned mooring robots',
      'Diagnosed hydraulic and electrical faults',
    ]);
    expect(profile.education[0]).toMatchObject({ school: 'Manchester College', degree: 'HND Mechatronics', start: '2013', end: '2015' });
    expect(profile.skills.map((s) => s.name)).toEqual(['Hydraulics', 'PLC programming', 'Electrical', 'Blueprint reading', 'Forklift']);
  });

  it('reads a resume written in German', async () => {
    const { profile } = await parse(await germanResume());
    expect(profile.name).toMatchObject({ first: 'Anna', last: 'Schröder' });
    expect(profile.location).toBe('Berlin, Germany');
    expect(profile.experience.map((e) => [e.title, e.employer, e.start, e.end])).toEqual([
      ['Bilanzbuchhalterin', 'Müller & Partner GmbH', '2021-04', null],
    ]);
    expect(profile.education[0]).toMatchObject({ school: 'Hochschule für Wirtschaft und Recht Berlin', end: '2018' });
    expect(profile.skills.map((s) => s.name)).toEqual(['DATEV', 'IFRS', 'SAP', 'Excel']);
    expect(profile.languages).toEqual([
      { name: 'Deutsch', level: 'native' },
      { name: 'Englisch', level: 'fluent' },
    ]);
  });

  it('refuses an image-only PDF with a clear message instead of inventing a profile', async () => {
    await expect(parse(await imageOnlyResume())).rejects.toMatchObject({
      code: 'no-text',
      message: expect.stringContaining('no text layer'),
    });
  });

  it('refuses a password-protected PDF and says how to fix it', async () => {
    await expect(pdfTextPages(nodePdfJs, await passwordProtectedPdf())).rejects.toMatchObject({
      code: 'password',
      message: expect.stringContaining('password-protected'),
    });
  });

  it('refuses files that are not PDFs', async () => {
    await expect(pdfTextPages(nodePdfJs, new TextEncoder().encode('{"name": "not a pdf"}'))).rejects.toBeInstanceOf(ResumeError);
    await expect(pdfTextPages(nodePdfJs, new TextEncoder().encode('%PDF-1.7 garbage'))).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('refuses a 20 MB file before reading it, and says why', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expect(pdfTextPages(nodePdfJs, big)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('under 20 MB'),
    });
  });

  it('reads only the first pages of a 300-page PDF, and says what it found', async () => {
    const { pages, totalPages } = await pdfTextPages(nodePdfJs, await longDocument(300));
    expect(totalPages).toBe(300);
    expect(pages).toHaveLength(10);
    const { profile, warnings } = parseResume(pages);
    expect(profile.experience).toEqual([]);
    expect(warnings).toContain('No work experience section found.');
  });
});
