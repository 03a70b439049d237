import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { successfactors } from '../../shared/sites/successfactors.ts';
import { extractJob } from './registry.ts';

const FILE = fileURLToPath(new URL('../../e2e/fixtures/sites/successfactors/posting.html', import.meta.url));
const URL_ = 'https://nordhavnports.jobs2web.com/job/Aarhus-Senior-Maintenance-Planner-8000/1188213401/';

function load(html = readFileSync(FILE, 'utf8')): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('SuccessFactors', () => {
  it('reads the brand, the posting id and the apply link, with no CSS or script text', () => {
    const job = extractJob(load(), URL_);
    expect(job).toMatchObject({
      source: 'successfactors',
      sourceId: '1188213401',
      // The microdata's employer is the legal entity; the page shows the brand.
      company: 'Nordhavn Ports',
      canonicalUrl: URL_,
      applyUrl: 'https://nordhavnports.jobs2web.com/talentcommunity/apply/1188213401/?locale=en_GB',
      postedAt: '22 Sept 2026',
    });
    expect(JSON.stringify(job)).not.toMatch(/\{[^}]*:[^}]*;|function\(/);
    // The similar-jobs list is not part of the posting.
    expect(job?.description).not.toContain('Crane Technician');
  });

  it('reads the place from a labelled token when the page has no geolocation line', () => {
    const html = readFileSync(FILE, 'utf8')
      .replace(/<span class="jobGeoLocation">[^<]*<\/span>/, '')
      .replace(
        '<div class="joblayouttoken displayDTM">',
        '<div class="joblayouttoken displayDTM"><div class="inner"><span class="joblayouttoken-label">Location:</span> <span class="rtltextaligneligible">Esbjerg, DK</span></div></div><div class="joblayouttoken displayDTM">',
      );
    expect(extractJob(load(html), URL_)?.locations).toEqual(['Esbjerg, DK']);
  });

  it('falls back to the logo, then the employer, when the title names no brand', () => {
    const untitled = readFileSync(FILE, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>Senior Maintenance Planner</title>');
    expect(extractJob(load(untitled), URL_)?.company).toBe('Nordhavn Ports');
    const noLogo = untitled.replace(/ alt="Nordhavn Ports"/, '');
    expect(extractJob(load(noLogo), URL_)?.company).toBe('Nordhavn Ports A/S');
  });

  it('leaves pages without a posting to the other readers', () => {
    const html = '<html><head><title>Apply | Nordhavn Ports</title></head><body><form><input id="fbclc_fName"></form></body></html>';
    expect(extractJob(load(html), 'https://career5.successfactors.eu/careers?company=nordhavnP')?.source).not.toBe('successfactors');
  });

  it('its test addresses are its own, and other SAP hosts are not', () => {
    for (const url of successfactors.testUrls) expect(siteOfUrl(new URL(url))?.id, url).toBe('successfactors');
    expect(siteOfUrl(new URL('https://performancemanager5.successfactors.eu/sf/home'))).toBeNull();
    expect(siteOfUrl(new URL('https://nordhavnports.jobs2web.com/search/?q=planner'))).toBeNull();
  });
});
