import { describe, expect, it } from 'vitest';
import { countryByName, countryOfOption } from './countries.ts';
import { readPlace } from './place.ts';

describe('readPlace', () => {
  it('reads a US state or Canadian province code as its country', () => {
    expect(readPlace('Austin, TX')).toMatchObject({ city: 'Austin', region: 'TX', country: 'US' });
    expect(readPlace('Toronto, ON')).toMatchObject({ city: 'Toronto', region: 'ON', country: 'CA' });
    expect(readPlace('Austin, TX 78701')).toMatchObject({ city: 'Austin', region: 'TX', country: 'US' });
    expect(readPlace('Washington, D.C.')).toMatchObject({ region: 'DC', country: 'US' });
  });

  it('reads country and state names', () => {
    expect(readPlace('Berlin, Germany')).toMatchObject({ city: 'Berlin', region: null, country: 'DE' });
    expect(readPlace('Austin, Texas, United States')).toMatchObject({ region: 'Texas', country: 'US' });
    expect(readPlace('Toronto, ON, CA')).toMatchObject({ region: 'ON', country: 'CA' });
    expect(readPlace('London, UK').country).toBe('GB');
    expect(readPlace('Germany')).toMatchObject({ city: null, country: 'DE' });
  });

  it('never makes Canada of California: "CA" after a city is settled by the rest of the profile or left', () => {
    expect(readPlace('San Francisco, CA', { workCountries: ['US'] })).toMatchObject({ region: 'CA', country: 'US' });
    // A "+1" number is both countries' calling code: it settles nothing.
    const unsure = readPlace('San Francisco, CA', { phone: '+1 415 555 0100' });
    expect(unsure.country).toBeNull();
    expect(unsure.region).toBeNull();
    expect(unsure.why).toContain('United States or Canada');
    expect(readPlace('San Francisco, CA').country).toBeNull();
  });

  it('settles other codes that are a state and a country (CO, DE, IN) by work authorization or phone', () => {
    expect(readPlace('Denver, CO', { workCountries: ['US'] }).country).toBe('US');
    expect(readPlace('Denver, CO', { phone: '+1 303 555 0199' }).country).toBe('US');
    expect(readPlace('Wilmington, DE', { phone: '+1 302 555 0100' }).country).toBe('US');
    expect(readPlace('Berlin, DE', { phone: '+49 30 1234567' })).toMatchObject({ country: 'DE', region: null });
    expect(readPlace('Bangalore, IN', { workCountries: ['IN'] }).country).toBe('IN');
    expect(readPlace('Berlin, DE').country).toBeNull();
  });

  it('leaves a code whose reading the rest of the profile contradicts', () => {
    // WA is Washington in the tables, and Western Australia to someone with an Australian number.
    expect(readPlace('Perth, WA', { phone: '+61 8 9123 4567' }).country).toBeNull();
    expect(readPlace('Perth, WA', { workCountries: ['AU'] }).country).toBeNull();
    // A written country name is trusted as it stands.
    expect(readPlace('Berlin, Germany', { workCountries: ['US'], phone: '+1 303 555 0199' }).country).toBe('DE');
  });

  it('says why when there is no country to read', () => {
    expect(readPlace('Remote')).toMatchObject({ country: null, why: '“Remote” does not name a country' });
    expect(readPlace('')).toMatchObject({ country: null, why: 'your profile has no location' });
    expect(readPlace('Austin, TX, Germany').why).toContain('different countries');
    // "Georgia" is a state and a country.
    expect(readPlace('Atlanta, Georgia').country).toBeNull();
    expect(readPlace('Atlanta, Georgia', { workCountries: ['US'] })).toMatchObject({ country: 'US', region: 'Georgia' });
  });
});

describe('countries in option lists', () => {
  it('knows a country in the wordings forms and phone pickers use', () => {
    expect(countryOfOption('United States of America')).toBe('US');
    expect(countryOfOption('USA')).toBe('US');
    expect(countryOfOption('United States +1')).toBe('US');
    expect(countryOfOption('🇺🇸 United States (+1)')).toBe('US');
    expect(countryOfOption('+1 United States')).toBe('US');
    expect(countryOfOption('US +1')).toBe('US');
    expect(countryOfOption('United States (US)')).toBe('US');
    expect(countryOfOption('Korea, Republic of')).toBe('KR');
    expect(countryOfOption('Côte d’Ivoire')).toBe('CI');
    expect(countryOfOption('St. Lucia')).toBe('LC');
    expect(countryByName('Deutschland')).toBe('DE');
  });

  it('keeps apart countries that share words, and never reads a bare code', () => {
    expect(countryOfOption('United States Minor Outlying Islands')).toBe('UM');
    expect(countryOfOption('Northern Mariana Islands')).toBe('MP');
    expect(countryOfOption('Guinea-Bissau')).toBe('GW');
    // A bare "CA" in a list may be California.
    expect(countryOfOption('CA')).toBeNull();
    expect(countryByName('California')).toBeNull();
  });
});
