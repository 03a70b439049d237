/**
 * The taxonomy the match score and the resume parser read: skills with their aliases and
 * categories, which occupations each title word names, and how common each term is across
 * occupations. It is generated from O*NET (scripts/taxonomy/generate.ts) into a data file of
 * about 260 KB gzip, which each context loads once, when it first needs it: the side panel
 * and the background fetch it from the extension's files, Node and the worker import it.
 * Everything that reads it is synchronous, so a context awaits `loadTaxonomy` before its first use.
 */

/** The generated file's shape (shared/match/taxonomy.generated.json). */
export interface TaxonomyData {
  about: string;
  categories: string[];
  skills: string;
  occupations: string[];
  titleTerms: string;
  documents: number;
  termFrequencies: string;
}

export interface SkillInfo {
  name: string;
  category: string;
}

export interface AliasNode {
  skill?: SkillInfo;
  next?: Map<string, AliasNode>;
}

export interface Taxonomy {
  /** Lower-case alias (words joined by one space) → skill. */
  byAlias: Map<string, SkillInfo>;
  /** Alias that matches only as written ("Go", "R"). */
  byExactAlias: Map<string, SkillInfo>;
  byName: Map<string, SkillInfo>;
  /**
   * The lower-case aliases as a tree of words: a scan follows it word by word and stops as soon
   * as no alias can go on, without building a phrase at each step.
   */
  aliasTree: AliasNode;
  /** O*NET occupations: code ("29-1141.00") and title ("Registered Nurses"). */
  occupations: Array<{ code: string; title: string }>;
  /** Title term → its weight in each occupation's titles (sublinear count × rarity). */
  titleTerms: Map<string, Array<[occupation: number, weight: number]>>;
  /** Each occupation's title vector length, to compare titles by cosine. */
  titleNorms: Float64Array;
  /** Term → inverse document frequency over occupations: rare terms weigh more. */
  idf: Map<string, number>;
  /** The largest idf: a term only one occupation uses. */
  maxIdf: number;
}

// Characters that end a word. Kept inside words: + # . / & ' - (C++, C#, Node.js, CI/CD, FP&A).
const SPLIT = /[\s,;:()[\]{}"!?|•·●▪–—…]+/;
const EDGE = /^[.'/&-]+|[.'/&-]+$/g;

/** A text's words as skill lookups compare them, without their edge punctuation; "/" still joins ("CI/CD"). */
export function rawWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(SPLIT)) {
    const word = raw.replace(EDGE, '');
    if (word) out.push(word);
  }
  return out;
}

let loaded: Taxonomy | null = null;
let loading: Promise<Taxonomy> | null = null;

/** The taxonomy's lookup tables from the generated data (what `loadTaxonomy` does once per context). */
export function buildTaxonomy(data: TaxonomyData): Taxonomy {
  const t: Taxonomy = {
    byAlias: new Map(),
    byExactAlias: new Map(),
    byName: new Map(),
    aliasTree: {},
    occupations: data.occupations.map((line) => {
      const [code = '', title = ''] = line.split('\t');
      return { code, title };
    }),
    titleTerms: new Map(),
    titleNorms: new Float64Array(data.occupations.length),
    idf: new Map(),
    maxIdf: Math.log(1 + data.documents),
  };
  for (const line of data.skills.split('\n')) {
    const [name = '', category = '', ...aliases] = line.split('\t');
    const info: SkillInfo = { name, category: data.categories[Number(category)] ?? '' };
    t.byName.set(name.toLowerCase(), info);
    if (name.includes(' ')) aliases.push(name);
    for (const alias of aliases) {
      if (alias.startsWith('=')) {
        if (!t.byExactAlias.has(alias.slice(1))) t.byExactAlias.set(alias.slice(1), info);
        continue;
      }
      const parts = rawWords(alias).map((w) => w.toLowerCase());
      const key = parts.join(' ');
      if (!key || t.byAlias.has(key)) continue;
      t.byAlias.set(key, info);
      let node = t.aliasTree;
      for (const part of parts) {
        node.next ??= new Map();
        let child = node.next.get(part);
        if (!child) {
          child = {};
          node.next.set(part, child);
        }
        node = child;
      }
      node.skill = info;
    }
  }
  const occupations = data.occupations.length;
  for (const line of data.titleTerms.split('\n')) {
    const [term = '', list = ''] = line.split('\t');
    const cells = list.split(',');
    // A term few occupations' titles use tells them apart; one most titles of an occupation use describes it.
    const rarity = Math.log(occupations / cells.length);
    let at = 0;
    const weights = cells.map((cell): [number, number] => {
      const [gap = '0', count = '1'] = cell.split('*');
      at += Number.parseInt(gap, 36);
      const weight = (1 + Math.log(Number.parseInt(count, 36))) * rarity;
      t.titleNorms[at] = (t.titleNorms[at] ?? 0) + weight * weight;
      return [at, weight];
    });
    t.titleTerms.set(term, weights);
  }
  for (let i = 0; i < occupations; i++) t.titleNorms[i] = Math.sqrt(t.titleNorms[i] ?? 0);
  for (const line of data.termFrequencies.split('\n')) {
    const [term = '', df = ''] = line.split('\t');
    t.idf.set(term, Math.log(1 + data.documents / Number.parseInt(df, 36)));
  }
  return t;
}

/**
 * Loads the taxonomy once per context; later calls return the same one. `read` returns the
 * generated data (from the extension's files, or an import of the JSON in Node and the worker).
 */
export function loadTaxonomy(read: () => Promise<TaxonomyData>): Promise<Taxonomy> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= read()
    .then((data) => {
      loaded = buildTaxonomy(data);
      return loaded;
    })
    .catch((error) => {
      loading = null;
      throw new Error(`The skills taxonomy could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    });
  return loading;
}

/** The loaded taxonomy; a context must have awaited `loadTaxonomy` before it scores or parses. */
export function taxonomy(): Taxonomy {
  if (!loaded) throw new Error('The skills taxonomy is not loaded yet: await loadTaxonomy() before matching or parsing.');
  return loaded;
}
