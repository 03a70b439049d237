import type { TaxonomyData } from './taxonomy.ts';

/** The taxonomy for Node and the worker: an import of the generated file (the extension fetches its copy instead). */
export const readTaxonomyFile = async (): Promise<TaxonomyData> =>
  (await import('./taxonomy.generated.json', { with: { type: 'json' } })).default as TaxonomyData;
