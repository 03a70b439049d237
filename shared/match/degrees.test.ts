import { describe, expect, it } from 'vitest';
import { degreeLevelOf } from './degrees.ts';

describe('degree levels as resumes and postings write them', () => {
  it('reads abbreviations with and without dots', () => {
    for (const text of [
      'B.S. Computer Science',
      'BS in Computer Science',
      'B.A., Economics',
      'BA in History',
      'B.Sc. Physics',
      'BSc Mathematics',
      "Bachelor's degree",
    ])
      expect(degreeLevelOf(text), text).toBe(2);
    for (const text of ['M.S. in Data Science', 'MS, Physics', 'MBA', 'M.A. English', 'Master of Science', 'M.Sc. Chemistry'])
      expect(degreeLevelOf(text), text).toBe(3);
    for (const text of ['Ph.D. in Biology', 'PhD Chemistry', 'Doctorate']) expect(degreeLevelOf(text), text).toBe(4);
  });

  it('is not fooled by MS Office, a state code or a word that starts like a degree', () => {
    for (const text of [
      'Advanced MS Office skills',
      'MS Excel and MS Word',
      'Boston, MA',
      'Boston, MA, USA',
      'Jackson, MS',
      'Best practices',
      'Masterclass',
      'basic SQL',
    ])
      expect(degreeLevelOf(text), text).toBeNull();
  });
});
