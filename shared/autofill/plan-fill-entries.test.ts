/** The autofill planner on repeated work and education entries: Add clicks, one entry per profile entry, dates and degrees. */
import { describe, expect, it } from 'vitest';
import { field, options } from '../testing/collected-field.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import type { CollectedField } from './fields.ts';
import { planFill } from './plan-fill.ts';

describe('work and education entries (Workday "My Experience")', () => {
  const work = (index: number) => ({ group: 'work' as const, index });
  const workEntry = (index: number) => [
    field({ label: 'Job Title *', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({ label: 'Company *', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({
      label: 'I currently work here',
      kind: 'checkbox',
      value: 'false',
      section: `Work Experience ${index + 1}`,
      entry: work(index),
    }),
    field({ label: 'From Month', placeholder: 'MM', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({ label: 'From Year', placeholder: 'YYYY', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({ label: 'To Month', placeholder: 'MM', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({ label: 'To Year', placeholder: 'YYYY', section: `Work Experience ${index + 1}`, entry: work(index), required: true }),
    field({ label: 'Role Description', kind: 'textarea', section: `Work Experience ${index + 1}`, entry: work(index) }),
  ];

  it('asks for as many "Add" clicks as the profile has entries beyond those shown', () => {
    const add = (group: 'work' | 'education', existing: number) =>
      planFill([field({ kind: 'add-entry', label: 'Add', section: 'Work Experience', entry: { group, index: existing } })], NURSE).steps;
    expect(add('work', 0)).toMatchObject([{ action: 'add', value: '2', field: 'entries' }]);
    expect(add('work', 1)).toMatchObject([{ action: 'add', value: '1' }]);
    expect(add('work', 2)).toEqual([]);
    expect(add('education', 0)).toMatchObject([{ action: 'add', value: '1' }]);
  });

  it('fills each entry from the profile entry in the same position, newest first, dates split as the form asks', () => {
    const plan = planFill([...workEntry(0), ...workEntry(1)], NURSE);
    const values = Object.fromEntries(plan.steps.map((s) => [s.label, s.value]));
    expect(values).toMatchObject({
      'Work Experience 1 › Job Title *': 'Registered Nurse, Cardiac ICU',
      'Work Experience 1 › Company *': 'Barnes-Jewish Hospital',
      'Work Experience 1 › I currently work here': 'true',
      'Work Experience 1 › From Month': '06',
      'Work Experience 1 › From Year': '2019',
      'Work Experience 2 › Company *': 'SSM Health',
      'Work Experience 2 › I currently work here': 'false',
      'Work Experience 2 › To Year': '2019',
    });
    // The current job has no end date: left on purpose, not a question for the user.
    expect(plan.skipped.map((i) => i.label)).toContain('Work Experience 1 › To Month');
    expect(plan.needsYou.map((i) => i.label)).not.toContain('Work Experience 1 › To Month');
    expect(values['Work Experience 1 › Role Description']).toContain('• ');
  });

  it('never makes up a month or a day the profile does not have', () => {
    const education = (label: string, kind: CollectedField['kind'] = 'text') =>
      field({ label, kind, section: 'Education 1', entry: { group: 'education', index: 0 }, required: true });
    const plan = planFill([education('From Month'), education('From Year'), education('To', 'date')], NURSE);
    expect(plan.steps.map((s) => [s.label, s.value])).toEqual([['Education 1 › From Year', '2012']]);
    expect(plan.needsYou.map((i) => i.why)).toEqual(['your profile gives only the year', 'the profile has no day for this date']);
  });

  it('picks the degree of the same level from a list, and lists an entry the profile does not have', () => {
    const degree = (index: number) =>
      field({
        label: 'Degree',
        kind: 'combobox',
        section: `Education ${index + 1}`,
        entry: { group: 'education', index },
        options: options('Select One', 'High School Diploma', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate'),
        required: true,
      });
    expect(planFill([degree(0)], NURSE).steps[0]?.value).toBe("Bachelor's Degree");
    expect(planFill([degree(0)], BACKEND_ENGINEER).steps[0]?.value).toBe("Master's Degree");
    expect(planFill([degree(1)], NURSE).needsYou[0]?.why).toBe('your profile has no education entry for this');
  });
});
