import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteUnit } from '../../shared/sites/site.ts';
import type { ReadJob } from '../sites/adapter.ts';
import { readPage } from './read-page.ts';
import { watchJob } from './watch-job.ts';

/**
 * The capture script of one site unit: it runs only on that site's pages (the unit's match
 * patterns go into the manifest) and holds only that site's reader, so every site's script stays
 * small however many sites Jobsmith knows.
 */
export function siteScript(site: SiteUnit, read: ReadJob) {
  return defineContentScript({
    matches: [...site.matches],
    runAt: 'document_idle',
    // Greenhouse boards are embedded in company careers pages as iframes, iCIMS wraps its job in one.
    allFrames: true,
    main(ctx) {
      watchJob(ctx, (doc, url) => readPage(doc, url, { id: site.id, read }));
    },
  });
}
