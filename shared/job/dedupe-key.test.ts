import { describe, expect, it } from 'vitest';
import { dedupeKey } from './dedupe-key.ts';

describe('dedupeKey', () => {
  it('matches the same job as different sites write it', () => {
    expect(dedupeKey('Acme Robotics, Inc.', 'Sr. Platform Engineer (Remote)')).toBe(dedupeKey('acme robotics', 'Senior Platform Engineer'));
    expect(dedupeKey('Müller & Söhne GmbH', 'Buchhalter (m/w/d)')).toBe(dedupeKey('Muller and Sohne', 'Buchhalter'));
  });

  it('keeps different jobs apart', () => {
    expect(dedupeKey('Acme', 'Platform Engineer')).not.toBe(dedupeKey('Acme', 'Senior Platform Engineer'));
    expect(dedupeKey('Acme', 'C++ Developer')).not.toBe(dedupeKey('Acme', 'C# Developer'));
    expect(dedupeKey('Acme', 'Engineer')).not.toBe(dedupeKey('Apex', 'Engineer'));
  });
});
