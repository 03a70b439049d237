import { describe, expect, it } from 'vitest';
import { canonicalSkill, skillsIn } from './skills.ts';

const names = (text: string) => skillsIn(text).map((s) => s.name);

describe('skills taxonomy', () => {
  it('counts an alias as the skill', () => {
    expect(canonicalSkill('k8s')?.name).toBe('Kubernetes');
    expect(canonicalSkill('JS')?.name).toBe('JavaScript');
    expect(canonicalSkill('RN')?.name).toBe('Registered Nurse');
    expect(canonicalSkill('US GAAP')?.name).toBe('GAAP');
    expect(canonicalSkill('SFDC')?.name).toBe('Salesforce');
    expect(canonicalSkill('Underwater basket weaving')).toBeNull();
  });

  it('finds skills of many occupations, each once, in order', () => {
    expect(names('Active RN license, BLS and ACLS; Epic charting in the ICU.')).toEqual([
      'Registered Nurse',
      'BLS',
      'ACLS',
      'Electronic health records',
      'ICU',
    ]);
    expect(names('Month-end close under US GAAP in NetSuite; CPA preferred; GAAP again')).toEqual([
      'Month-end close',
      'GAAP',
      'NetSuite',
      'CPA',
    ]);
    expect(names('TIG and stick welding, 6G certification, OSHA 10')).toEqual(['Welding', 'OSHA']);
    expect(names('Python/Go services on k8s with CI/CD; Node.js, C++ and C#.')).toEqual([
      'Python',
      'Go',
      'Kubernetes',
      'CI/CD',
      'Node.js',
      'C++',
      'C#',
    ]);
  });

  it('knows the technology and tools of every occupation, by the names people write', () => {
    expect(canonicalSkill('Jira')?.name).toBe('Agile'); // the curation files Jira under Agile
    expect(canonicalSkill('AutoCAD')?.name).toBe('Autodesk AutoCAD');
    expect(canonicalSkill('MATLAB')?.name).toBe('MathWorks MATLAB');
    expect(canonicalSkill('QuickBooks')?.name).toBe('QuickBooks');
    expect(names('Operated forklifts and pallet jacks; cleaned with a pressure washer.')).toEqual([
      'Forklift',
      'Pallet jacks',
      'Pressure washers',
    ]);
    expect(names('Checked vitals with mechanical stethoscopes and infusion pumps.')).toEqual(['Mechanical stethoscopes', 'Infusion pumps']);
    expect(names('Wrote queries in structured query language and reports in Microsoft Project.')).toEqual(['SQL', 'Microsoft Project']);
  });

  it('does not read ordinary words as skills', () => {
    expect(names('Chef de partie; I project a budget, access the word list and excel at teamwork.')).toEqual([]);
    expect(names('We go the extra mile; the rest is history. Our lean team will react quickly.')).toEqual([]);
    expect(
      names('Learn fast, interact with clients in New Jersey, act on feedback, aim high: calls, emails, etc. Since 2000, 9 AM to 5 PM.'),
    ).toEqual([]);
  });
});
