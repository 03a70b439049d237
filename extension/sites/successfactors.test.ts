import { describe, expect, it } from 'vitest';
import { successfactors } from '../../shared/sites/successfactors.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, expectOwnAddresses, fixtureDocument, htmlDocument } from './test-fixtures.ts';

const URL_ = 'https://nordhavnports.jobs2web.com/job/Aarhus-Senior-Maintenance-Planner-8000/1188213401/';

const load = (edit?: (html: string) => string) => fixtureDocument('successfactors/posting.html', edit);

describe('SuccessFactors', () => {
  it('reads the brand, the posting id and the apply link, with no CSS or script text', () => {
    const job = expectCleanJob(load(), URL_, {
      source: 'successfactors',
      sourceId: '1188213401',
      // The microdata's employer is the legal entity; the page shows the brand.
      company: 'Nordhavn Ports',
      canonicalUrl: URL_,
      applyUrl: 'https://nordhavnports.jobs2web.com/talentcommunity/apply/1188213401/?locale=en_GB',
      postedAt: '22 Sept 2026',
    });
    // The similar-jobs list is not part of the posting.
    expect(job?.description).not.toContain('Crane Technician');
  });

  it('reads the place from a labelled token when the page has no geolocation line', () => {
    const doc = load((html) =>
      html
        .replace(/<span class="jobGeoLocation">[^<]*<\/span>/, '')
        .replace(
          '<div class="joblayouttoken displayDTM">',
          '<div class="joblayouttoken displayDTM"><div class="inner"><span class="joblayouttoken-label">Location:</span> <span class="rtltextaligneligible">Esbjerg, DK</span></div></div><div class="joblayouttoken displayDTM">',
        ),
    );
    expect(extractJob(doc, URL_)?.locations).toEqual(['Esbjerg, DK']);
  });

  it('falls back to the logo, then the employer, when the title names no brand', () => {
    const untitled = (html: string) => html.replace(/<title>[^<]*<\/title>/, '<title>Senior Maintenance Planner</title>');
    expect(extractJob(load(untitled), URL_)?.company).toBe('Nordhavn Ports');
    const noLogo = load((html) => untitled(html).replace(/ alt="Nordhavn Ports"/, ''));
    expect(extractJob(noLogo, URL_)?.company).toBe('Nordhavn Ports A/S');
  });

  it('leaves pages without a posting to the other readers', () => {
    const html = '<html><head><title>Apply | Nordhavn Ports</title></head><body><form><input id="fbclc_fName"></form></body></html>';
    expect(extractJob(htmlDocument(html), 'https://career5.successfactors.eu/careers?company=nordhavnP')?.source).not.toBe(
      'successfactors',
    );
  });

  it('its test addresses are its own, and other SAP hosts are not', () => {
    expectOwnAddresses(
      successfactors,
      'https://performancemanager5.successfactors.eu/sf/home',
      'https://nordhavnports.jobs2web.com/search/?q=planner',
    );
  });
});
