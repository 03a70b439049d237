import type { TaxonomyData } from '../../shared/match/taxonomy.ts';
import { readPackagedGzip } from '../packaged-file.ts';

/**
 * The taxonomy for the extension's own pages and background: shipped as data/taxonomy.json.gz
 * (compressed from shared/match at build, see wxt.config.ts) and fetched when first needed, so no
 * script bundle carries it.
 */
export async function readShippedTaxonomy(): Promise<TaxonomyData> {
  return (await (await readPackagedGzip('data/taxonomy.json.gz', 'the skills taxonomy')).json()) as TaxonomyData;
}
