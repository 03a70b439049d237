import { describe, expect, it } from 'vitest';
import { locationFromSlug } from './workday.ts';

describe("a Workday posting URL's location", () => {
  it.each([
    ['Montreal-QC-CAN', 'Canada', 'Montreal, QC, Canada'],
    ['London-United-Kingdom', 'United Kingdom', 'London, United Kingdom'],
    ['New-York-NY', 'United States', 'New York, NY'],
    ['Chicago-IL', null, 'Chicago, IL'],
    ['Remote', 'United States', 'Remote'],
    ['Bangalore', 'India', 'Bangalore'],
    ['Z%C3%BCrich-ZH-CHE', 'Switzerland', 'Zürich, ZH, CHE'],
  ])('%s (country %s) → %s', (slug, country, location) => {
    expect(locationFromSlug(slug, country)).toBe(location);
  });
});
