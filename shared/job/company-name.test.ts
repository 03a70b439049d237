import { describe, expect, it } from 'vitest';
import { brandOf, withoutLegalForm } from './company-name.ts';

describe('company names', () => {
  it.each([
    ['Acme Robotics, Inc.', 'Acme Robotics'],
    ['Canva Pty Ltd', 'Canva'],
    ['Zalando SE', 'Zalando'],
    ['Müller Holding GmbH & Co. KG', 'Müller Holding'],
    ['Grab Pte. Ltd.', 'Grab'],
    ['Flow Traders', 'Flow Traders'],
    // A name that is only a legal form stays what it was rather than becoming empty.
    ['Inc.', 'Inc.'],
  ])('%s is called %s', (legal, brand) => {
    expect(withoutLegalForm(legal)).toBe(brand);
  });

  it('takes the brand a hint spells out of a legal entity, else keeps the name', () => {
    expect(brandOf('Autodesk Canada Co.', ['autodesk'])).toBe('Autodesk');
    expect(brandOf('Acme Robotics Deutschland', [null, 'acme-robotics'])).toBe('Acme Robotics');
    expect(brandOf('Autodesk Canada Co.', ['adsk', ''])).toBe('Autodesk Canada Co.');
    // A subsidiary named after its country first (a real Workday posting's JSON-LD).
    expect(brandOf('Canada Workday ULC', ['workday'])).toBe('Workday');
    expect(brandOf('United Kingdom Acme Robotics Ltd', ['acme-robotics'])).toBe('Acme Robotics');
    expect(brandOf('Canada Goose Holdings Inc.', ['canadagoose'])).toBe('Canada Goose');
    // Two letters match too much ("Go" in "Google Ireland Ltd" is not the brand).
    expect(brandOf('Google Ireland', ['go'])).toBe('Google Ireland');
  });
});
