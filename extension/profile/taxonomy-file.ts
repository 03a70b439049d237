import { browser } from 'wxt/browser';
import type { TaxonomyData } from '../../shared/match/taxonomy.ts';

/**
 * The taxonomy for the extension's own pages and background: shipped as data/taxonomy.json
 * (copied from shared/match at build, see wxt.config.ts) and fetched when first needed, so no
 * script bundle carries it.
 */
export async function readShippedTaxonomy(): Promise<TaxonomyData> {
  const response = await fetch(browser.runtime.getURL('/data/taxonomy.json' as '/'));
  if (!response.ok) throw new Error('the skills taxonomy is missing from the extension');
  return (await response.json()) as TaxonomyData;
}
