import { describe, expect, it } from 'vitest';
import { parseResume } from './parse-resume.ts';
import type { TextPage } from './text-items.ts';

/** One page of lines, top to bottom, each one text item (x, size as given). */
function page(lines: Array<string | [string, { x?: number; size?: number }]>): TextPage[] {
  let y = 760;
  const items = lines.map((entry) => {
    const [text, { x = 50, size = 10 } = {}] = typeof entry === 'string' ? [entry, {}] : entry;
    y -= size * 1.6;
    return { text, x, y, width: text.length * size * 0.5, size };
  });
  return [{ width: 612, height: 792, items }];
}

describe('parseResume: the wordings a new user hit', () => {
  it('keeps "(512) 555-0142", "The University of Texas at Austin" and "B.S." degrees, and one-line roles with their place', () => {
    const { profile } = parseResume(
      page([
        ['Dana Whitfield', { size: 20 }],
        'dana.whitfield@example.com | (512) 555-0142 | Austin, TX',
        ['Experience', { size: 13 }],
        'Senior Engineer, Acme Corp, Austin, TX 2019 – 2023',
        '• Built the billing service used by 2,000 customers',
        ['Education', { size: 13 }],
        'B.S. Computer Science, The University of Texas at Austin',
        '2014 – 2018',
      ]),
    );
    expect(profile.phone).toBe('(512) 555-0142');
    expect(profile.location).toBe('Austin, TX');
    expect(profile.experience[0]).toMatchObject({
      title: 'Senior Engineer',
      employer: 'Acme Corp',
      location: 'Austin, TX',
      start: '2019',
      end: '2023',
    });
    expect(profile.education[0]).toMatchObject({
      school: 'The University of Texas at Austin',
      degree: 'B.S. Computer Science',
      field: 'Computer Science',
      start: '2014',
      end: '2018',
    });
  });

  it('reads a resume whose layout was lost (one column of same-size lines, no headings): skills, titles and years, with a warning', () => {
    const { profile, warnings } = parseResume(
      page([
        'Harriet Vane',
        'harriet.vane@example.com',
        'Data analyst with six years of SQL, Python and Tableau reporting for retail teams.',
        '2021 - Present Senior Data Analyst, Bluebird Foods, Denver, CO',
        'Built the weekly sales dashboards in Tableau used by 40 store managers.',
        '2018 - 2021 Data Analyst, Rocky Mountain Castings, Denver, CO',
        'Moved the monthly reports from Excel to SQL and Python.',
      ]),
    );
    expect(profile.experience.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Senior Data Analyst', '2021', null],
      ['Data Analyst', '2018', '2021'],
    ]);
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['SQL', 'Python', 'Tableau', 'Excel']));
    expect(warnings.join(' ')).toMatch(/2 role\(s\) were read from dated lines.*Check them/);
    // …naming the lines they were read from.
    expect(warnings.join(' ')).toContain('"2018 - 2021 Data Analyst, Rocky Mountain Castings, Denver, CO"');
  });

  it('reads the name below a headline of the same size, and the headline as a role of the flattened text', () => {
    const { profile } = parseResume(
      page([
        'Java Developer',
        'Ravi Kumar',
        'Skills: Java, SQL, PL/SQL, C, C++, JSP, Ext JS, Bootstrap',
        'Java Developer - Xoriant Solutions Pvt Ltd',
        'Developed REST services in Java and Spring.',
      ]),
    );
    expect(profile.name).toMatchObject({ first: 'Ravi', last: 'Kumar' });
    expect(profile.experience.map((e) => [e.title, e.employer])).toEqual([['Java Developer', 'Xoriant Solutions Pvt Ltd']]);
  });

  it('joins a skills list wrapped over lines, but not a group that names itself', () => {
    const { profile } = parseResume(
      page([
        ['Ana Ruiz', { size: 20 }],
        ['Skills', { size: 13 }],
        'Python, Docker, Deep Learning, Natural',
        'Language Processing, Statistics',
        'Languages: Spanish',
      ]),
    );
    expect(profile.skills.map((s) => s.name)).toContain('Natural Language Processing');
    expect(profile.skills.map((s) => s.name)).not.toContain('Natural');
  });

  it('never takes page furniture or other sections for skills', () => {
    const { profile } = parseResume(
      page([
        ['Jane Doe', { size: 20 }],
        ['Skills', { size: 13 }],
        'Python, SQL',
        'Jane Doe – 2/3',
        ['Patents', { size: 13 }],
        'US 10,000,001: A method for sorting parcels',
        ['Invited Talks', { size: 13 }],
        'PyCon 2023: Testing data pipelines',
        'Page 3 of 3',
      ]),
    );
    expect(profile.skills.map((s) => s.name)).toEqual(['Python', 'SQL']);
  });
});
