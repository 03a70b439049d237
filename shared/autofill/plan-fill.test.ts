import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { GREENHOUSE_DECLINE, GREENHOUSE_SELF_ID, SELF_DESCRIBE } from '../testing/greenhouse-self-id.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { normalizeQuestion } from './answers.ts';
import { classifyField } from './classify-field.ts';
import { isDecline } from './decline.ts';
import type { CollectedField } from './fields.ts';
import { planFill } from './plan-fill.ts';

let n = 0;
function field(partial: Partial<CollectedField>): CollectedField {
  n += 1;
  return {
    ref: `f${n}`,
    kind: 'text',
    label: '',
    name: '',
    htmlId: '',
    autocomplete: '',
    placeholder: '',
    required: false,
    value: '',
    options: [],
    automationId: '',
    section: '',
    ...partial,
  };
}
const options = (...labels: string[]) => labels.map((label) => ({ label, value: label }));

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

describe('work authorization', () => {
  it('answers for the country the question names, and only for it', () => {
    const question = (country: string) => [
      field({
        label: `Are you legally authorized to work in ${country}?`,
        kind: 'radio-group',
        required: true,
        options: options('Yes', 'No'),
      }),
    ];
    // Authorized in Germany, not in the US.
    expect(planFill(question('Germany'), BACKEND_ENGINEER).steps[0]?.value).toBe('Yes');
    expect(planFill(question('the United States'), BACKEND_ENGINEER).steps[0]?.value).toBe('No');
    // The profile says nothing about the Netherlands: the user answers.
    const plan = planFill(question('the Netherlands'), BACKEND_ENGINEER);
    expect(plan.steps).toEqual([]);
    expect(plan.needsYou).toHaveLength(1);
  });

  it('reads the country from the one country table, in any of its names', () => {
    const question = (label: string) => [field({ label, kind: 'radio-group', required: true, options: options('Yes', 'No') })];
    const swiss = { ...BACKEND_ENGINEER, workAuthorization: [{ country: 'CH', authorized: true, needsSponsorship: false }] };
    for (const label of ['Are you legally authorized to work in Switzerland?', 'Are you legally authorized to work in Schweiz?'])
      expect(planFill(question(label), swiss).steps[0]?.value).toBe('Yes');
    // "Let us know…" names no country: with several entries, nothing is guessed.
    const plan = planFill(question('Are you legally authorized to work here? Let us know.'), BACKEND_ENGINEER);
    expect(plan.steps).toEqual([]);
  });
});

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

describe('country', () => {
  const living = (location: string, workCountries: string[] = [], phone = ''): ProfileDraft => ({
    ...NURSE,
    location,
    phone,
    workAuthorization: workCountries.map((country) => ({ country, authorized: true, needsSponsorship: false })),
  });
  const countrySelect = (label = 'Country', ...labels: string[]) =>
    field({
      label,
      kind: 'select',
      required: true,
      options: options('Select...', ...(labels.length ? labels : ['Canada', 'Germany', 'United States of America'])),
    });
  const country = (profile: ProfileDraft, f = countrySelect()) => planFill([f], profile);

  it('takes a country from a state or province code, never the code itself', () => {
    expect(country(living('Austin, TX')).steps[0]).toMatchObject({ field: 'country', value: 'United States of America' });
    expect(country(living('Toronto, ON')).steps[0]?.value).toBe('Canada');
    expect(country(living('Berlin, Germany')).steps[0]?.value).toBe('Germany');
    // A text box gets the country's name.
    expect(planFill([field({ label: 'Country' })], living('Austin, TX')).steps[0]?.value).toBe('United States');
  });

  it('puts a Californian in the United States on a "Country/Region" list that also holds Canada', () => {
    const countryRegion = () => countrySelect('Country/Region of Residence *', 'Canada', 'United States');
    const plan = country(living('San Francisco, CA', ['US'], '+1 415 555 0100'), countryRegion());
    expect(plan.steps).toEqual([expect.objectContaining({ field: 'country', value: 'United States' })]);
    // Without the work country, "CA" could be either: left for the user, with the reason.
    const unsure = country(living('San Francisco, CA', [], '+1 415 555 0100'), countryRegion());
    expect(unsure.steps).toEqual([]);
    expect(unsure.needsYou).toEqual([
      expect.objectContaining({ why: '“San Francisco, CA” could be in United States or Canada: add the country to your location' }),
    ]);
  });

  it('picks the country in a phone-country picker', () => {
    const picker = field({ label: 'Country', kind: 'combobox', options: options('Canada +1', 'United Kingdom +44', 'United States +1') });
    expect(planFill([picker], living('Austin, TX')).steps[0]?.value).toBe('United States +1');
    // A picker that lists its options only when opened gets the name to choose then.
    const closed = field({ label: 'Country', kind: 'combobox' });
    expect(planFill([closed], living('Denver, CO', ['US'])).steps[0]).toMatchObject({ value: 'United States', intent: { kind: 'text' } });
  });

  it('answers a dialling-code picker from the phone, and the number box beside it takes the number within the country', () => {
    const code = (...labels: string[]) =>
      field({ label: 'Phone Country Code', kind: 'select', options: options('No Selection', ...labels) });
    const number = field({ label: 'Phone Number' });
    const plan = planFill(
      [code('Canada (+1)', 'Germany (+49)', 'United States (+1)'), number],
      living('Denver, CO', ['US'], '+1 303 555 0199'),
    );
    expect(plan.steps.map((s) => [s.field, s.value])).toEqual([
      ['phoneCountryCode', 'United States (+1)'],
      ['phone', '(303) 555-0199'],
    ]);
    // A list of codes alone; a Toronto number is Canada's though Canada shares +1.
    expect(planFill([code('+1', '+44', '+49')], living('Denver, CO', [], '+1 303 555 0199')).steps[0]?.value).toBe('+1');
    expect(planFill([code('Canada (+1)', 'United States (+1)')], living('Toronto, ON', [], '+1 416 555 0199')).steps[0]?.value).toBe(
      'Canada (+1)',
    );
    // A number written without a code is read in the country of the location.
    expect(planFill([code('Germany (+49)', 'United States (+1)')], living('Berlin, Germany', [], '030 1234567')).steps[0]?.value).toBe(
      'Germany (+49)',
    );
    // A code the page chose already is kept, and so is the whole number (SmartRecruiters preselects one).
    const preset = { ...code('United Kingdom (+44)', 'United States (+1)'), value: 'United Kingdom (+44)' };
    expect(planFill([preset, number], living('Denver, CO', ['US'], '+1 303 555 0199')).steps.map((s) => s.value)).toEqual([
      '+1 303 555 0199',
    ]);
    // A preset code that is already the phone's country: the number box takes the number within it.
    const right = {
      ...code('United States of America (+1)'),
      kind: 'combobox' as const,
      options: [],
      value: 'United States of America (+1)',
    };
    expect(planFill([right, number], living('Denver, CO', ['US'], '+1 303 555 0199')).steps.map((s) => s.value)).toEqual([
      '(303) 555-0199',
    ]);
    // No code asked: the number is kept as the profile writes it.
    expect(planFill([number], living('Denver, CO', ['US'], '+1 303 555 0199')).steps[0]?.value).toBe('+1 303 555 0199');
  });

  it('puts the number in one phone box of several, and says it is the one to call', () => {
    const box = (label: string) => field({ label });
    const preferred = field({
      label: 'Preferred Phone Number',
      kind: 'select',
      options: options('Select...', 'Home Phone', 'Cellular Number', 'Work Phone'),
    });
    const plan = planFill(
      [box('Home Phone'), box('Cellular Number'), box('Work Phone'), preferred],
      living('Denver, CO', ['US'], '+1 303 555 0199'),
    );
    expect(plan.steps.map((s) => [s.label, s.value])).toEqual([
      ['Cellular Number', '+1 303 555 0199'],
      ['Preferred Phone Number', 'Cellular Number'],
    ]);
    expect(plan.skipped.map((s) => s.why)).toEqual([
      'your phone number goes in "Cellular Number"',
      'your phone number goes in "Cellular Number"',
    ]);
    // Workday's "Phone Device Type" takes Mobile; a lone "Home Phone" is still the phone.
    const device = field({ label: 'Phone Device Type', kind: 'select', options: options('Landline', 'Mobile') });
    expect(planFill([device, box('Home Phone')], living('Denver, CO', ['US'], '+1 303 555 0199')).steps.map((s) => s.value)).toEqual([
      'Mobile',
      '+1 303 555 0199',
    ]);
  });

  it('leaves a list that lists nothing yet (states after a country) to be chosen on the page', () => {
    const states = field({ label: 'State/Province', kind: 'select', options: options('Select...') });
    expect(planFill([states], living('Denver, CO', ['US'])).steps[0]).toMatchObject({ action: 'choose', value: 'CO' });
  });

  it('leaves the country when the location does not name one', () => {
    const plan = country(living('Remote'));
    expect(plan.steps).toEqual([]);
    expect(plan.needsYou[0]?.why).toBe('“Remote” does not name a country');
  });

  it('fills a state only when it belongs to the country the location is in', () => {
    const state = () => field({ label: 'State', kind: 'select', options: options('Select...', 'California', 'Colorado', 'Texas') });
    expect(planFill([state()], living('San Francisco, CA', ['US'])).steps[0]?.value).toBe('California');
    expect(planFill([state()], living('Austin, Texas')).steps[0]?.value).toBe('Texas');
    // "DE" beside Berlin is Germany, not Delaware; "Berlin, Germany" has no state.
    expect(planFill([field({ label: 'State' })], living('Berlin, DE', [], '+49 30 1234567')).steps).toEqual([]);
    expect(planFill([field({ label: 'State' })], living('Berlin, Germany')).steps).toEqual([]);
  });

  it('does not answer citizenship with where one lives', () => {
    expect(classifyField(field({ label: 'Country of citizenship' }))?.field).not.toBe('country');
    expect(classifyField(field({ label: 'Country/Region' }))?.field).toBe('country');
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
