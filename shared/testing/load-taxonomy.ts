// Vitest setup: every test file's context has the taxonomy loaded, as each real context does at start.
import { loadTaxonomy } from '../match/taxonomy.ts';
import { readTaxonomyFile } from '../match/taxonomy-file.ts';

await loadTaxonomy(readTaxonomyFile);
