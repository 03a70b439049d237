import { describe, expect, it } from 'vitest';
import { bamboohr } from '../../shared/sites/bamboohr.ts';
import { extractJob, SITE_READERS } from './registry.ts';
import { expectCleanJob, expectOwnAddresses, fixtureDocument, htmlDocument } from './test-fixtures.ts';

const URL_ = 'https://driftwoodcoffee.bamboohr.com/careers/57';

const load = (edit?: (html: string) => string) => fixtureDocument('bamboohr/posting.html', edit);

describe('BambooHR', () => {
  it('reads the posting and its sidebar facts, with no CSS, script or icon text', () => {
    const job = expectCleanJob(load(), `${URL_}?source=aWQ9MTI%3D`, {
      source: 'bamboohr',
      sourceId: '57',
      canonicalUrl: URL_,
      applyUrl: URL_,
    });
    expect(job?.locations).toEqual(['Portland, Oregon']);
    // The description is the employer's text, not the sidebar or the footer.
    expect(job?.description).toMatch(/^Driftwood Coffee Roasters buys green coffee/);
    expect(job?.description).not.toMatch(/Department|Powered by BambooHR|Link to This Job/);
  });

  it('takes the company from the page title when the header has no logo text', () => {
    const doc = load((html) => html.replace(' alt="Driftwood Coffee Roasters"', ' alt=""'));
    expect(extractJob(doc, URL_)?.company).toBe('Driftwood Coffee Roasters');
  });

  it('shows nothing on the list of openings, and waits while a job page is still loading', () => {
    expect(SITE_READERS.bamboohr(load(), 'https://driftwoodcoffee.bamboohr.com/careers')).toBeNull();
    expect(SITE_READERS.bamboohr(htmlDocument('<html><body><div id="root"></div></body></html>'), URL_)).toBe('pending');
  });

  it('its test addresses are its own, and the rest of BambooHR is not', () => {
    expectOwnAddresses(bamboohr, 'https://driftwoodcoffee.bamboohr.com/home', 'https://www.bamboohr.com/pricing');
  });
});
