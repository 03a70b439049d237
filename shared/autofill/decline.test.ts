import { describe, expect, it } from 'vitest';
import { isDecline } from './decline.ts';

describe('isDecline', () => {
  it('knows the declining options of real EEO forms', () => {
    for (const label of [
      'Decline To Self Identify', // Greenhouse classic
      'Decline to self-identify', // Lever
      "I don't wish to answer", // Greenhouse new style
      'I don’t wish to answer',
      'I do not want to answer', // Workday, CC-305
      'I do not wish to self-identify',
      'I choose not to disclose',
      'I prefer not to answer',
      'Prefer not to say',
      "I'd rather not say",
      'Decline to state',
      'Not Declared',
      'Not specified',
      'Undisclosed',
      'Keine Angabe',
    ]) {
      expect(isDecline(label), label).toBe(true);
    }
  });

  it('never reads an answer as a decline', () => {
    for (const label of [
      'I prefer to self-describe', // Greenhouse new style: an answer with a text box
      'No, I do not have a disability and have not had one in the past',
      'No, I do not have a disability',
      'I am not a protected veteran',
      'No, I am not a veteran or active member',
      'I do not want to relocate',
      'Not at this time',
      'No',
      'Non-binary',
      'Two or More Races (Not Hispanic or Latino)',
    ]) {
      expect(isDecline(label), label).toBe(false);
    }
  });
});
