import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bamboohr } from '../../shared/sites/bamboohr.ts';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { extractJob, SITE_READERS } from './registry.ts';

const FILE = fileURLToPath(new URL('../../e2e/fixtures/sites/bamboohr/posting.html', import.meta.url));
const URL_ = 'https://driftwoodcoffee.bamboohr.com/careers/57';

function load(html = readFileSync(FILE, 'utf8')): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('BambooHR', () => {
  it('reads the posting and its sidebar facts, with no CSS, script or icon text', () => {
    const job = extractJob(load(), `${URL_}?source=aWQ9MTI%3D`);
    expect(job).toMatchObject({ source: 'bamboohr', sourceId: '57', canonicalUrl: URL_, applyUrl: URL_ });
    expect(JSON.stringify(job)).not.toMatch(/\{[^}]*:[^}]*;|function\(/);
    expect(job?.locations).toEqual(['Portland, Oregon']);
    // The description is the employer's text, not the sidebar or the footer.
    expect(job?.description).toMatch(/^Driftwood Coffee Roasters buys green coffee/);
    expect(job?.description).not.toMatch(/Department|Powered by BambooHR|Link to This Job/);
  });

  it('takes the company from the page title when the header has no logo text', () => {
    const html = readFileSync(FILE, 'utf8').replace(' alt="Driftwood Coffee Roasters"', ' alt=""');
    expect(extractJob(load(html), URL_)?.company).toBe('Driftwood Coffee Roasters');
  });

  it('shows nothing on the list of openings, and waits while a job page is still loading', () => {
    expect(SITE_READERS.bamboohr(load(), 'https://driftwoodcoffee.bamboohr.com/careers')).toBeNull();
    expect(SITE_READERS.bamboohr(load('<html><body><div id="root"></div></body></html>'), URL_)).toBe('pending');
  });

  it('its test addresses are its own, and the rest of BambooHR is not', () => {
    for (const url of bamboohr.testUrls) expect(siteOfUrl(new URL(url))?.id, url).toBe('bamboohr');
    expect(siteOfUrl(new URL('https://driftwoodcoffee.bamboohr.com/home'))).toBeNull();
    expect(siteOfUrl(new URL('https://www.bamboohr.com/pricing'))).toBeNull();
  });
});
