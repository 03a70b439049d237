/** The autofill planner on a whole form: what it fills, declines and leaves to the user, and labels it reads. */
import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { field, options } from '../testing/collected-field.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { normalizeQuestion } from './answers.ts';
import { classifyField } from './classify-field.ts';
import { planFill } from './plan-fill.ts';

/** A classic Greenhouse application form, as the collector describes it. */
const greenhouse = () => [
  field({ label: 'First Name *', name: 'job_application[first_name]', htmlId: 'first_name', required: true }),
  field({ label: 'Last Name *', name: 'job_application[last_name]', htmlId: 'last_name', required: true }),
  field({ label: 'Email *', name: 'job_application[email]', kind: 'email', required: true }),
  field({ label: 'Phone', name: 'job_application[phone]', kind: 'tel' }),
  field({ label: 'Resume/CV *', kind: 'file', required: true }),
  field({ label: 'LinkedIn Profile', name: 'job_application[answers_attributes][0][text_value]' }),
  field({
    label: 'Will you now or in the future require sponsorship for employment visa status? *',
    kind: 'select',
    required: true,
    options: options('Select...', 'Yes', 'No'),
  }),
  field({
    label: 'How did you hear about this job? *',
    kind: 'select',
    required: true,
    options: options('Select...', 'LinkedIn', 'Referral', 'Other'),
  }),
  field({ label: 'Gender', kind: 'select', options: options('Select...', 'Male', 'Female', 'Decline To Self Identify') }),
  field({ label: 'Are you Hispanic/Latino?', kind: 'select', options: options('Select...', 'Yes', 'No', 'Decline To Self Identify') }),
  field({
    label: 'Veteran Status',
    kind: 'select',
    options: options('Select...', 'I am a veteran', 'I am not a protected veteran', "I don't wish to answer"),
  }),
  field({
    label: 'Disability Status',
    kind: 'radio-group',
    options: options('Yes, I have a disability', 'No, I do not have a disability', "I don't wish to answer"),
  }),
];

describe('classifyField', () => {
  it('trusts autocomplete, site ids and names before label words', () => {
    expect(classifyField(field({ autocomplete: 'given-name', label: 'Name' }))?.field).toBe('firstName');
    expect(classifyField(field({ automationId: 'legalNameSection_lastName', label: 'Family Name' }))?.field).toBe('lastName');
    expect(classifyField(field({ name: 'urls[LinkedIn]', label: 'LinkedIn URL' }))?.why).toBe('Lever urls[LinkedIn]');
    expect(classifyField(field({ label: 'Are you legally authorized to work in the United States?' }))?.field).toBe('workAuthorization');
    expect(classifyField(field({ label: 'What is your favourite colour?' }))).toBeNull();
  });
});

describe('planFill', () => {
  it('fills what the profile says, declines EEO questions by default, and lists what needs the user', () => {
    const plan = planFill(
      greenhouse(),
      { ...NURSE, links: { ...NURSE.links, linkedin: 'https://linkedin.com/in/maria' } },
      { hasResume: true },
    );
    const byLabel = Object.fromEntries(plan.steps.map((s) => [s.label, s.value]));
    expect(byLabel).toMatchObject({
      'First Name *': 'Maria',
      'Last Name *': 'González',
      'Email *': 'maria.gonzalez@example.com',
      Phone: '+1 314 555 0142',
      'Resume/CV *': 'resume.pdf',
      'LinkedIn Profile': 'https://linkedin.com/in/maria',
      'Will you now or in the future require sponsorship for employment visa status? *': 'No',
      Gender: 'Decline To Self Identify',
      'Are you Hispanic/Latino?': 'Decline To Self Identify',
      'Veteran Status': "I don't wish to answer",
      'Disability Status': "I don't wish to answer",
    });
    expect(plan.needsYou.map((i) => i.label)).toEqual(['How did you hear about this job? *']);
  });

  it('answers sponsorship "Yes" for someone who needs it', () => {
    const plan = planFill(greenhouse(), BACKEND_ENGINEER);
    expect(plan.steps.find((s) => s.field === 'sponsorship')?.value).toBe('Yes');
    // No resume ready: the required upload is the user's.
    expect(plan.needsYou.map((i) => i.label)).toContain('Resume/CV *');
  });

  it('never overwrites what the user typed unless asked to refill', () => {
    const fields = [field({ label: 'First Name', name: 'first_name', value: 'Mary' })];
    expect(planFill(fields, NURSE).steps).toEqual([]);
    expect(planFill(fields, NURSE).skipped[0]?.why).toContain('already filled');
    expect(planFill(fields, NURSE, { refill: true }).steps[0]?.value).toBe('Maria');
  });

  it('never invents a number the profile does not hold', () => {
    const fields = [
      field({ label: 'Years of experience *', kind: 'number', required: true }),
      field({ label: 'Desired salary', kind: 'number' }),
    ];
    const empty = planFill(fields, emptyProfileDraft());
    expect(empty.steps).toEqual([]);
    expect(empty.needsYou.map((i) => i.label)).toEqual(['Years of experience *']);
    const nurse = planFill(fields, NURSE, { now: new Date('2026-11-01') });
    expect(nurse.steps.map((s) => [s.label, s.value])).toEqual([
      ['Years of experience *', '10'],
      ['Desired salary', '40'],
    ]);
  });

  it('does not answer a question about one skill with the total years', () => {
    const field_ = field({ label: 'How many years of experience do you have with SQL? *', kind: 'select', required: true });
    const plan = planFill([{ ...field_, options: options('--', '0-2', '3-5', '5+') }], NURSE, { now: new Date('2026-11-01') });
    expect(plan.steps).toEqual([]);
    expect(plan.needsYou).toHaveLength(1);
  });

  it('offers a remembered answer for a question the profile cannot answer, preferring this company', () => {
    const question = 'How did you hear about this job? *';
    const answer = (text: string, scope: { kind: 'global' } | { kind: 'company'; company: string }) => ({
      id: newId(),
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      clocks: {},
      question: normalizeQuestion(question),
      questionText: question,
      answer: text,
      scope,
      learnedFrom: '',
    });
    const plan = planFill(greenhouse(), NURSE, {
      company: 'Mercy Health',
      answers: [answer('Other', { kind: 'global' }), answer('Referral', { kind: 'company', company: 'Mercy Health' })],
    });
    expect(plan.steps.find((s) => s.label === question)).toMatchObject({ value: 'Referral', field: 'remembered' });
  });
});
describe('labels', () => {
  it('knows a disability form by its answers when the question does not say', () => {
    const boxes = field({
      label: 'Please check one of the boxes below:',
      kind: 'radio-group',
      options: options(
        'Yes, I have a disability, or have had one in the past',
        'No, I do not have a disability',
        'I do not want to answer',
      ),
    });
    expect(planFill([boxes], NURSE).steps[0]).toMatchObject({ field: 'disability', value: 'I do not want to answer' });
  });

  it('answers a work-authorization question whose yes also says "without sponsorship" only for a person who needs none', () => {
    const boxes = () =>
      field({
        label: 'Are you legally allowed to work in the United States?',
        kind: 'radio-group',
        required: true,
        options: options('Yes, I can work in the United States without sponsorship', 'No, I would need sponsorship'),
      });
    const authorized = (needsSponsorship: boolean): ProfileDraft => ({
      ...NURSE,
      workAuthorization: [{ country: 'US', authorized: true, needsSponsorship }],
    });
    expect(planFill([boxes()], authorized(false)).steps[0]?.value).toBe('Yes, I can work in the United States without sponsorship');
    const needs = planFill([boxes()], authorized(true));
    expect(needs.steps).toEqual([]);
    expect(needs.needsYou[0]?.why).toMatch(/sponsorship/);
  });

  it('reads a label without its required marker', () => {
    expect(classifyField(field({ label: 'Location*' }))?.field).toBe('currentLocation');
    expect(classifyField(field({ label: 'Location (required)' }))?.field).toBe('currentLocation');
  });
});
describe('a control labelled only "Attach" takes its group\'s question', () => {
  // Greenhouse's new board: a file input labelled "Attach" inside a group labelled "Resume/CV".
  const attach = (group: string) => field({ label: 'Attach', kind: 'file', group });

  it('attaches the resume to the Resume/CV group and nothing to the Cover Letter group', () => {
    expect(classifyField(attach('Resume/CV*'))?.field).toBe('resume');
    expect(classifyField(attach('Cover Letter'))?.field).toBe('coverLetter');
    const plan = planFill([attach('Resume/CV*'), attach('Cover Letter')], NURSE, { hasResume: true });
    expect(plan.steps).toEqual([expect.objectContaining({ action: 'upload', field: 'resume', label: 'Resume/CV*' })]);
    expect(plan.skipped.map((i) => i.label)).toEqual(['Cover Letter']);
  });

  it("keeps a control's own label when it says what is asked", () => {
    expect(classifyField(field({ label: 'Email', kind: 'email', group: 'Contact details' }))?.field).toBe('email');
    expect(classifyField(field({ label: 'Attach', kind: 'file' }))).toBeNull();
  });
});
describe('preferred name', () => {
  it('fills the first name only where the form requires an answer; an optional one stays empty', () => {
    // Greenhouse's new form requires "Preferred First Name"; Lever's Zoox card asks an optional one.
    const required = field({ label: 'Preferred First Name*', htmlId: 'preferred_name', required: true });
    const optional = field({
      label:
        'What is your preferred first name and last name? If your legal name is how you prefer to be addressed, you do not need to respond.',
      kind: 'textarea',
    });
    const plan = planFill([required, optional], BACKEND_ENGINEER, {});
    expect(plan.steps.map((s) => [s.ref, s.value])).toEqual([[required.ref, BACKEND_ENGINEER.name.first]]);
    const preferred = { ...BACKEND_ENGINEER, name: { ...BACKEND_ENGINEER.name, preferred: 'Sam' } };
    expect(planFill([optional], preferred, {}).steps.map((s) => s.value)).toEqual(['Sam']);
  });
});
