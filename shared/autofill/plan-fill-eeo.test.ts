/** The autofill planner on real forms' EEO and self-identification questions: declined by default, answered in the list's words. */
import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../schemas/profile.ts';
import { field, options } from '../testing/collected-field.ts';
import { GREENHOUSE_DECLINE, GREENHOUSE_SELF_ID, SELF_DESCRIBE } from '../testing/greenhouse-self-id.ts';
import { NURSE } from '../testing/sample-profiles.ts';
import { isDecline } from './decline.ts';
import type { CollectedField } from './fields.ts';
import { planFill } from './plan-fill.ts';

/**
 * The EEO and self-identification questions of real forms, their options word for word: the new
 * Greenhouse board's voluntary self-identification (Sonatus, saved in
 * ../shared/real-pages/forms/greenhouse-newstyle-sonatus-staff-ai.html, from its answer_options),
 * Lever's EEO selects (Zoox, lever-apply-zoox-tpm-autonomy-ops.html), and Workday's disability
 * step, which draws the federal CC-305 form's answers as checkboxes.
 */
function realEeoQuestions(): CollectedField[] {
  const selfDescribe = [SELF_DESCRIBE, GREENHOUSE_DECLINE];
  const combobox = (label: string, ...labels: string[]) => field({ label, kind: 'combobox', options: options(...labels, ...selfDescribe) });
  const select = (label: string, name: string, ...labels: string[]) =>
    field({
      label,
      name,
      kind: 'select',
      options: [{ label: 'Select ...', value: '' }, ...options(...labels, 'Decline to self-identify')],
    });
  return [
    combobox('How would you describe your gender identity? (mark all that apply)', ...GREENHOUSE_SELF_ID.gender),
    combobox('How would you describe your racial/ethnic background? (mark all that apply)', ...GREENHOUSE_SELF_ID.race),
    combobox('How would you describe your sexual orientation? (mark all that apply)', ...GREENHOUSE_SELF_ID.orientation),
    combobox('Do you identify as transgender? (select one)', 'Yes', 'No'),
    combobox(
      'Do you have a disability or chronic condition (physical, visual, auditory, cognitive, mental, emotional, or other) that substantially limits one or more of your major life activities, including mobility, communication (seeing, hearing, speaking), and learning? (select one)',
      'Yes',
      'No',
    ),
    combobox('Are you a veteran or active member of the United States Armed Forces? (select one)', ...GREENHOUSE_SELF_ID.veteran),
    select('Gender', 'eeo[gender]', 'Male', 'Female'),
    select(
      'Race',
      'eeo[race]',
      'Hispanic or Latino',
      'White (Not Hispanic or Latino)',
      'Black or African American (Not Hispanic or Latino)',
      'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)',
      'Asian (Not Hispanic or Latino)',
      'American Indian or Alaska Native (Not Hispanic or Latino)',
      'Two or More Races (Not Hispanic or Latino)',
    ),
    select('Veteran status', 'eeo[veteran]', 'I am a veteran', 'I am not a veteran'),
    field({
      label: 'Please check one of the boxes below:',
      kind: 'radio-group',
      options: options(
        'Yes, I have a disability, or have had one in the past',
        'No, I do not have a disability and have not had one in the past',
        'I do not want to answer',
      ),
    }),
  ];
}

describe('EEO on real option lists', () => {
  it('declines every EEO question with a declining option and answers no self-identification question', () => {
    const questions = realEeoQuestions();
    const plan = planFill(questions, NURSE);
    const chosen = Object.fromEntries(plan.steps.map((s) => [s.label, s.value]));
    expect(Object.values(chosen).every(isDecline)).toBe(true);
    expect(Object.keys(chosen)).toEqual([
      'How would you describe your gender identity? (mark all that apply)',
      'How would you describe your racial/ethnic background? (mark all that apply)',
      expect.stringMatching(/^Do you have a disability or chronic condition/),
      'Are you a veteran or active member of the United States Armed Forces? (select one)',
      'Gender',
      'Race',
      'Veteran status',
      'Please check one of the boxes below:',
    ]);
    expect(chosen.Gender).toBe('Decline to self-identify');
    expect(chosen['How would you describe your gender identity? (mark all that apply)']).toBe("I don't wish to answer");
  });

  it('answers an EEO question in the words its list uses, never another answer', () => {
    const withAnswers: ProfileDraft = { ...NURSE, eeo: { ...NURSE.eeo, gender: 'Female', disability: 'No' } };
    const plan = planFill(realEeoQuestions(), withAnswers);
    const chosen = Object.fromEntries(plan.steps.map((s) => [s.label, s.value]));
    // Lever lists "Female"; Greenhouse's newer survey says "Woman" for the same answer, never "Man".
    expect(chosen.Gender).toBe('Female');
    expect(chosen['How would you describe your gender identity? (mark all that apply)']).toBe('Woman');
    expect(Object.entries(chosen).find(([label]) => label.startsWith('Do you have a disability'))?.[1]).toBe('No');
  });
});
