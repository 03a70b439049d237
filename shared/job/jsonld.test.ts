import { describe, expect, it } from 'vitest';
import { jobFromJsonLd } from './jsonld.ts';

const url = 'https://careers.example.com/jobs/42';

function posting(extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Registered Nurse – ICU',
    hiringOrganization: { '@type': 'Organization', name: 'St. Mary Hospital' },
    jobLocation: [
      { '@type': 'Place', address: { addressLocality: 'Denver', addressRegion: 'CO', addressCountry: { name: 'US' } } },
      { '@type': 'Place', address: 'Boulder, CO' },
    ],
    baseSalary: { currency: 'usd', value: { minValue: '38', maxValue: 52.5, unitText: 'HOUR' } },
    description: '<p>Care for patients.</p><ul><li>BLS</li><li>ACLS</li></ul>',
    ...extra,
  });
}

describe('jobFromJsonLd', () => {
  it('reads a JobPosting into a normalized job', () => {
    const job = jobFromJsonLd([posting()], url);
    expect(job).toMatchObject({
      source: 'jsonld',
      title: 'Registered Nurse – ICU',
      company: 'St. Mary Hospital',
      locations: ['Denver, CO, US', 'Boulder, CO'],
      salary: { min: 38, max: 52.5, currency: 'USD', period: 'hour' },
      description: 'Care for patients.\n\n• BLS\n• ACLS',
      url,
    });
    expect(job?.dedupeKey).toBe('st mary hospital|registered nurse icu');
  });

  it('finds the posting inside @graph and arrays, after malformed blocks', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, JSON.parse(posting())] });
    expect(jobFromJsonLd(['{ not json', '[]', graph], url)?.title).toBe('Registered Nurse – ICU');
    expect(jobFromJsonLd([`[${posting()}]`], url)?.company).toBe('St. Mary Hospital');
  });

  it('marks TELECOMMUTE postings remote', () => {
    expect(jobFromJsonLd([posting({ jobLocationType: 'TELECOMMUTE' })], url)?.workplace).toBe('remote');
  });

  it('returns null when no JobPosting has a title', () => {
    expect(jobFromJsonLd([JSON.stringify({ '@type': 'Organization', name: 'Acme' })], url)).toBeNull();
    expect(jobFromJsonLd([posting({ title: '  ' })], url)).toBeNull();
    expect(jobFromJsonLd([], url)).toBeNull();
  });

  it('ignores a canonical url that is not http(s)', () => {
    expect(jobFromJsonLd([posting({ url: 'javascript:alert(1)' })], url)?.canonicalUrl).toBeNull();
    expect(jobFromJsonLd([posting({ url: '/jobs/42?src=x' })], url)?.canonicalUrl).toBe('https://careers.example.com/jobs/42?src=x');
  });
});
