import { describe, expect, it } from 'vitest';
import { countryChoice } from '../reference/countries.ts';
import { chooseOption, isPlaceholder } from './choose-option.ts';

const opts = (...labels: string[]) => labels.map((label, i) => ({ label, value: i === 0 && /select/i.test(label) ? '' : String(i) }));

describe('chooseOption', () => {
  it('"No" is not "Not at this time", and the other way round', () => {
    const options = opts('Select...', 'Yes', 'Not at this time', 'No');
    expect(chooseOption(options, { kind: 'no' })?.label).toBe('No');
    expect(chooseOption(opts('Yes', 'Not at this time'), { kind: 'no' })).toBeNull();
  });

  it('"US Citizen" is not "Non-US Citizen"', () => {
    const options = opts('Non-US Citizen', 'US Citizen', 'Permanent Resident');
    expect(chooseOption(options, { kind: 'text', text: 'US Citizen' })?.label).toBe('US Citizen');
    expect(chooseOption(opts('Non-US Citizen', 'Permanent Resident'), { kind: 'text', text: 'US Citizen' })).toBeNull();
  });

  it('honours "I do not wish to answer" in its many wordings', () => {
    expect(chooseOption(opts('Male', 'Female', 'I do not wish to answer'), { kind: 'decline' })?.label).toBe('I do not wish to answer');
    expect(chooseOption(opts('Yes', 'No', "I don't wish to answer"), { kind: 'decline' })?.label).toBe("I don't wish to answer");
    expect(chooseOption(opts('Yes', 'No', 'Decline to self-identify'), { kind: 'decline' })?.label).toBe('Decline to self-identify');
    expect(
      chooseOption(opts('Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer'), { kind: 'decline' })
        ?.label,
    ).toBe('I do not want to answer');
    expect(chooseOption(opts('Yes', 'No'), { kind: 'decline' })).toBeNull();
  });

  it('reads yes-like answers but never a negated one', () => {
    expect(
      chooseOption(opts('I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran'), {
        kind: 'yes',
      }),
    ).toBeNull();
    expect(
      chooseOption(opts('Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer'), { kind: 'yes' })?.label,
    ).toBe('Yes, I have a disability');
    // Workable's work-authorization boxes: the yes answer carries its own condition.
    const workable = opts('Yes, I can work in the United States without sponsorship', 'No, I would need sponsorship');
    expect(chooseOption(workable, { kind: 'yes' })?.label).toBe('Yes, I can work in the United States without sponsorship');
    expect(chooseOption(opts('Yes, I am authorized', 'Yes, but I will need sponsorship', 'No'), { kind: 'yes' })).toBeNull();
  });

  it('takes a gender in the words the list uses, never the other one', () => {
    const survey = opts('Man', 'Non-binary', 'Woman', 'I prefer to self-describe', "I don't wish to answer");
    expect(chooseOption(survey, { kind: 'text', text: 'Female' })?.label).toBe('Woman');
    expect(chooseOption(survey, { kind: 'text', text: 'Male' })?.label).toBe('Man');
    expect(chooseOption(opts('Male', 'Female', 'Decline To Self Identify'), { kind: 'text', text: 'Woman' })?.label).toBe('Female');
    expect(chooseOption(opts('M', 'F'), { kind: 'text', text: 'female' })?.label).toBe('F');
  });

  it('never picks a placeholder', () => {
    expect(isPlaceholder({ label: 'Select...', value: '' })).toBe(true);
    expect(isPlaceholder({ label: '-- Please select --', value: 'x' })).toBe(true);
    expect(chooseOption(opts('Select one'), { kind: 'text', text: 'select one' })).toBeNull();
  });
});

describe('numbers against ranges', () => {
  const ranges = ['Select...', 'Less than 2 years', '2-5 years', '6 to 10 years', '10+ years'].map((label) => ({ label, value: label }));
  it('picks the one range that holds the number, and nothing when none or two do', () => {
    expect(chooseOption(ranges, { kind: 'text', text: '8' })?.label).toBe('6 to 10 years');
    expect(chooseOption(ranges, { kind: 'text', text: '1' })?.label).toBe('Less than 2 years');
    expect(chooseOption(ranges, { kind: 'text', text: '12' })?.label).toBe('10+ years');
    expect(chooseOption(ranges, { kind: 'text', text: '3' })?.label).toBe('2-5 years');
    // 10 is in "6 to 10" and in "10+": ambiguous, left to the user.
    expect(chooseOption(ranges, { kind: 'text', text: '10' })).toBeNull();
  });

  it('matches a state or province written the other way, and only exactly', () => {
    const states = ['Select…', 'Colorado', 'Connecticut', 'California'].map((label) => ({ label, value: label }));
    expect(chooseOption(states, { kind: 'text', text: 'CO' })?.label).toBe('Colorado');
    const codes = ['AB', 'BC', 'ON'].map((label) => ({ label, value: label }));
    expect(chooseOption(codes, { kind: 'text', text: 'Ontario' })?.label).toBe('ON');
    expect(chooseOption(states, { kind: 'text', text: 'TX' })).toBeNull();
  });
});

describe('countries', () => {
  const list = (...labels: string[]) => labels.map((label) => ({ label, value: label }));
  // The planner attaches a country's wordings to the answer (the content script holds no table).
  const country = (text: string) => ({ kind: 'text', text, country: countryChoice(text) ?? undefined }) as const;
  it('finds the country in the wording the list uses, and nothing that only shares words with it', () => {
    const states = country('United States');
    expect(
      chooseOption(list('Select...', 'Canada', 'United States Minor Outlying Islands', 'United States of America'), states)?.label,
    ).toBe('United States of America');
    expect(chooseOption(list('Canada', 'USA', 'Mexico'), states)?.label).toBe('USA');
    // Phone-country pickers put the calling code beside the name.
    expect(chooseOption(list('Canada +1', 'United Kingdom +44', 'United States +1'), states)?.label).toBe('United States +1');
    expect(chooseOption(list('🇨🇦 Canada (+1)', '🇺🇸 United States (+1)'), country('Canada'))?.label).toBe('🇨🇦 Canada (+1)');
    expect(chooseOption(list('Canada', 'United States Minor Outlying Islands'), states)).toBeNull();
    expect(chooseOption(list('Deutschland', 'Österreich', 'Schweiz'), country('Germany'))?.label).toBe('Deutschland');
  });
});

describe('EEO answers on real option lists', () => {
  const list = (...labels: string[]) => labels.map((label) => ({ label, value: label }));
  // Greenhouse new style (voluntary self-identification), as on the saved Sonatus form.
  const greenhouseGender = list('Man', 'Non-binary', 'Woman', 'I prefer to self-describe', "I don't wish to answer");
  const greenhouseDisability = list('Yes', 'No', 'I prefer to self-describe', "I don't wish to answer");
  // Lever's EEO selects, as on the saved Zoox form.
  const leverVeteran = list('Select ...', 'I am a veteran', 'I am not a veteran', 'Decline to self-identify');
  // Workday's disability step (the federal CC-305 form), drawn as checkboxes.
  const workdayDisability = list(
    'Yes, I have a disability, or have had one in the past',
    'No, I do not have a disability and have not had one in the past',
    'I do not want to answer',
  );

  it('declines with the declining option, never "I prefer to self-describe" or a "No"', () => {
    const decline = { kind: 'decline' } as const;
    expect(chooseOption(greenhouseGender, decline)?.label).toBe("I don't wish to answer");
    expect(chooseOption(greenhouseDisability, decline)?.label).toBe("I don't wish to answer");
    expect(chooseOption(leverVeteran, decline)?.label).toBe('Decline to self-identify');
    expect(chooseOption(workdayDisability, decline)?.label).toBe('I do not want to answer');
    // No way to decline: nothing, rather than an answer the profile did not give.
    expect(chooseOption(list('Yes', 'No'), decline)).toBeNull();
    expect(chooseOption(list('Yes, I have a disability', 'No, I do not have a disability'), decline)).toBeNull();
  });

  it('gives an answer the profile holds only where an option says it, word for word', () => {
    // "Male" is inside "Female" only as letters.
    expect(chooseOption(list('Male', 'Decline to self-identify'), { kind: 'text', text: 'Female' })).toBeNull();
    expect(chooseOption(list('Woman', 'Non-binary'), { kind: 'text', text: 'Man' })).toBeNull();
    expect(chooseOption(workdayDisability, { kind: 'no' })).toBeNull();
    expect(chooseOption(greenhouseDisability, { kind: 'no' })?.label).toBe('No');
  });
});
