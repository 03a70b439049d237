/** The autofill planner on where a person may work and lives: work authorization by country, country, state and phone. */
import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../schemas/profile.ts';
import { field, options } from '../testing/collected-field.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { classifyField } from './classify-field.ts';
import { planFill } from './plan-fill.ts';

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
