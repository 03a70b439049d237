import { describe, expect, it } from 'vitest';
import { countriesNamedIn, countryNamedIn } from './country-mentions.ts';

describe('countryNamedIn', () => {
  it('finds any country of the table by any of its names, in any case for full names', () => {
    expect(countryNamedIn('Are you legally authorized to work in France?')).toBe('FR');
    expect(countryNamedIn('authorised to work in the united states of america')).toBe('US');
    expect(countryNamedIn('Wohnort: Zürich, Schweiz')).toBe('CH');
    expect(countryNamedIn('eligible to work in the European Union')).toBe('EU');
  });

  it('takes short forms only as written, in capitals, and the Americas for no country', () => {
    expect(countryNamedIn('Authorized to work in the U.S.')).toBe('US');
    expect(countryNamedIn('Right to work in the UK')).toBe('GB');
    expect(countryNamedIn('Please let us know your notice period')).toBeNull();
    expect(countryNamedIn('Sales across Latin America and North America')).toBeNull();
  });
});

describe('countriesNamedIn', () => {
  it('lists every country a sentence names, in order, once each, and no pronoun "us"', () => {
    expect(countriesNamedIn('Authorized in the U.S. and Canada; for us, Canada first, then Schweiz')).toEqual(['US', 'CA', 'CH']);
    expect(countriesNamedIn('Tell us about yourself')).toEqual([]);
  });
});
