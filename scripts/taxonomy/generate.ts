// `npm run generate:taxonomy [-- <O*NET folder>]`: writes shared/match/taxonomy.generated.json,
// the skills, titles and term weights the match score and the resume parser read, from an
// O*NET database release (text files; default ../shared/data/onet-29.2) and the curation in
// ./curated-skills.ts and ./ignored-words.ts. Re-run it on a newer release: the output depends on nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { termsOf } from '../../shared/match/terms.ts';
import { ROOT } from '../lib/processes.ts';
import { SKILL_ROWS } from './curated-skills.ts';
import { NOT_SKILLS, POSTING_WORDS } from './ignored-words.ts';
import { SOC_MAJOR_GROUPS } from './soc-groups.ts';

export const TAXONOMY_FILE = join(ROOT, 'shared/match/taxonomy.generated.json');
export const DEFAULT_ONET = join(ROOT, '../shared/data/onet-29.2');

/** A tool most occupations use (computers, phones) says nothing about the job: left out. */
const MAX_TOOL_OCCUPATIONS = 150;
/** A tool fewer occupations name is too rare to be worth its bytes. */
const MIN_TOOL_OCCUPATIONS = 3;
/** A technology only one occupation uses is kept when its name is shorter than this many words. */
const MAX_RARE_NAME_WORDS = 4;

type Row = Record<string, string>;

function table(dir: string, file: string): Row[] {
  const [head, ...lines] = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = (head ?? '').split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i] ?? String(i), cell.trim()])));
}

interface Item {
  name: string;
  category: string;
  aliases: string[];
}

const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The acronym at a name's end, when the words before spell it: "Structured query language SQL". */
function acronymOf(name: string): { long: string; short: string } | null {
  const m = /^(.+?)\s+([A-Z][A-Z0-9]{1,7})$/.exec(name);
  if (!m) return null;
  const long = m[1] as string;
  const short = m[2] as string;
  if (/[A-Z]{2}/.test(long)) return null; // a product name, not a spelled-out term
  const letters = long.toLowerCase().replace(/[^a-z0-9]/g, '');
  let at = 0;
  for (const c of short.toLowerCase()) {
    at = letters.indexOf(c, at);
    if (at < 0) return null;
    at++;
  }
  return long.toLowerCase().startsWith(short[0]?.toLowerCase() ?? '') ? { long, short } : null;
}

/**
 * How a single word may be matched: a word of ordinary English (one O*NET's own descriptions and
 * titles use) only through a longer name, a capitalised product word only as written ("=Excel":
 * not the verb), an odd-cased or coined word in any case ("jira", "quickbooks").
 */
function wordAlias(word: string, vocabulary: Set<string>): string | null {
  if (vocabulary.has(word.toLowerCase())) return null;
  if (word.length <= 2) return `=${word}`;
  if (/^[A-Z][a-z]+$/.test(word)) return `=${word}`;
  return word.toLowerCase();
}

function technologyItem(name: string, category: string, vendors: Map<string, number>, vocabulary: Set<string>): Item {
  let shown = name.replace(/\s+software$/, '').replace(/^The\s+(?=[A-Z])/, '');
  if (!/[A-Z]/.test(shown)) shown = name; // "Web browser software" is a kind, not a product
  const aliases = new Set<string>();
  const add = (alias: string | null) => alias && aliases.add(alias);
  const acronym = acronymOf(shown);
  if (acronym) {
    shown = acronym.short;
    add(lower(acronym.long));
    add(wordAlias(acronym.short, vocabulary) ?? `=${acronym.short}`);
  } else if (shown.includes(' ')) {
    add(lower(shown));
    const [first, ...rest] = shown.split(' ');
    const product = rest.join(' ');
    const products = first ? (vendors.get(first) ?? 0) : 0;
    if (products >= 3 && /^[A-Z0-9]/.test(product)) {
      // "Atlassian JIRA" is also "JIRA"; "Microsoft Project" is not "project". Only a big
      // vendor's products are known by a name of several words without the vendor ("SQL Server").
      if (rest.length === 1) add(wordAlias(product, vocabulary));
      else if (products >= 10) add(lower(product));
    }
  } else {
    add(wordAlias(shown, vocabulary));
  }
  return { name: shown, category, aliases: [...aliases] };
}

/** "Forklifts" is also "forklift". */
function singular(phrase: string): string {
  return phrase.replace(/(\w+)$/, (word) => {
    if (/ies$/.test(word) && word.length > 4) return word.replace(/ies$/, 'y');
    if (/(ches|shes|sses|xes)$/.test(word)) return word.replace(/es$/, '');
    if (/[^su]s$/.test(word)) return word.slice(0, -1);
    return word;
  });
}

function toolItem(name: string, category: string, vocabulary: Set<string>): Item | null {
  const phrase = lower(name);
  // A single ordinary word ("Levels", "Scales") is not a skill by itself.
  if (!phrase.includes(' ') && (vocabulary.has(phrase) || vocabulary.has(singular(phrase)))) return null;
  return { name, category, aliases: [...new Set([phrase, singular(phrase)])] };
}

/** Ascending numbers as the gaps between them, which compress better: 3,7,12 → 3,4,5. */
const gaps = (sorted: number[]) => sorted.map((n, i) => n - (i > 0 ? (sorted[i - 1] as number) : 0));

export function generateTaxonomy(dir: string) {
  const occupations = table(dir, 'Occupation_Data.txt');
  const occupationIndex = new Map(occupations.map((o, i) => [o['O*NET-SOC Code'] as string, i]));
  const alternate = table(dir, 'Alternate_Titles.txt');
  const reported = table(dir, 'Sample_of_Reported_Titles.txt');
  const technology = table(dir, 'Technology_Skills.txt');
  const tools = table(dir, 'Tools_Used.txt');

  // Ordinary English: the words O*NET's descriptions write in lower case ("project", "access",
  // "forklifts"; not "AutoCAD", which a title or a sentence may name too).
  const vocabulary = new Set<string>();
  for (const o of occupations) for (const word of (o.Description as string).match(/\b[a-z][a-z'-]*/g) ?? []) vocabulary.add(word);
  // Job titles' words are ordinary too when written as a name is ("Chef" is a cook before it is a tool).
  for (const title of [...occupations.map((o) => o.Title), ...alternate.map((a) => a['Alternate Title'])])
    for (const word of (title as string).match(/\b[A-Z][a-z'-]+\b/g) ?? []) vocabulary.add(word.toLowerCase());

  // Every name with the occupations that use it.
  const used = (rows: Row[]) => {
    const byName = new Map<string, { occupations: Set<string>; commodity: string }>();
    for (const row of rows) {
      const name = (row.Example as string).replace(/\s+/g, ' ');
      const entry = byName.get(name) ?? { occupations: new Set<string>(), commodity: row['Commodity Title'] as string };
      entry.occupations.add(row['O*NET-SOC Code'] as string);
      byName.set(name, entry);
    }
    return byName;
  };
  const technologies = used(technology);
  const toolsUsed = used(tools);

  // A vendor names several products: "Microsoft Excel", "Microsoft Visio", "Microsoft Project".
  const firstWords = new Map<string, number>();
  for (const name of technologies.keys()) {
    const [first, second] = name.split(' ');
    if (first && second && /^[A-Z]/.test(first) && /^[A-Z0-9]/.test(second)) firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
  }
  const vendors = firstWords;

  const majorGroup = (codes: Set<string>) => {
    const counts = new Map<string, number>();
    for (const code of codes) counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    return SOC_MAJOR_GROUPS[top] ?? 'Other';
  };

  const generated: Item[] = [];
  for (const [name, entry] of [...technologies].sort((a, b) => a[0].localeCompare(b[0]))) {
    const item = technologyItem(name, entry.commodity, vendors, vocabulary);
    // A long product name only one occupation uses is rarely written out on a resume or in a job.
    if (entry.occupations.size === 1 && item.name.split(' ').length >= MAX_RARE_NAME_WORDS) continue;
    generated.push(item);
  }
  for (const [name, entry] of [...toolsUsed].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (entry.occupations.size < MIN_TOOL_OCCUPATIONS || entry.occupations.size > MAX_TOOL_OCCUPATIONS) continue;
    const item = toolItem(name, `Tools: ${majorGroup(entry.occupations)}`, vocabulary);
    if (item) generated.push(item);
  }

  // The curation's rows first; an O*NET item sharing an alias with one joins it.
  const excluded = new Set(NOT_SKILLS.map(lower));
  const key = (alias: string) => (alias.startsWith('=') ? alias : lower(alias));
  const skills: Item[] = SKILL_ROWS.map(([name, category, ...aliases]) => ({ name, category, aliases: [...aliases] }));
  const owner = new Map<string, Item>();
  for (const item of skills) for (const alias of item.aliases) owner.set(key(alias), item);
  for (const item of generated) {
    const aliases = item.aliases.filter((a) => !excluded.has(lower(a.replace(/^=/, ''))));
    if (aliases.length === 0 || excluded.has(lower(item.name))) continue;
    const joins = aliases.map((a) => owner.get(key(a)) ?? owner.get(key(`=${a}`)) ?? owner.get(lower(a.replace(/^=/, '')))).find(Boolean);
    const target = joins ?? { ...item, aliases: [] };
    if (!joins) skills.push(target);
    for (const alias of aliases) {
      if (owner.has(key(alias))) continue;
      owner.set(key(alias), target);
      target.aliases.push(alias);
    }
  }

  const categories = [...new Set(skills.map((s) => s.category))];
  const categoryIndex = new Map(categories.map((c, i) => [c, i]));
  const clean = (s: string) => s.replace(/[\t\n]/g, ' ');

  // Title terms: in how many of each occupation's titles each term appears.
  const titleTerms = new Map<string, Map<number, number>>();
  const addTitle = (code: string, title: string) => {
    const index = occupationIndex.get(code);
    if (index === undefined) return;
    for (const term of new Set(termsOf(title))) {
      const counts = titleTerms.get(term) ?? new Map<number, number>();
      counts.set(index, (counts.get(index) ?? 0) + 1);
      titleTerms.set(term, counts);
    }
  };
  for (const o of occupations) addTitle(o['O*NET-SOC Code'] as string, o.Title as string);
  for (const a of alternate) {
    addTitle(a['O*NET-SOC Code'] as string, a['Alternate Title'] as string);
    if (a['Short Title'] && a['Short Title'] !== 'n/a') addTitle(a['O*NET-SOC Code'] as string, a['Short Title']);
  }
  for (const r of reported) addTitle(r['O*NET-SOC Code'] as string, r['Reported Job Title'] as string);

  // Term document frequencies: an occupation's document is its titles and description (the
  // names of the technology and tools it uses are the skills matcher's).
  const documents = occupations.map((o) => new Set(termsOf(`${o.Title} ${o.Description}`)));
  const addTerms = (code: string, text: string) => {
    const doc = documents[occupationIndex.get(code) ?? -1];
    if (doc) for (const term of termsOf(text)) doc.add(term);
  };
  for (const a of alternate) addTerms(a['O*NET-SOC Code'] as string, a['Alternate Title'] as string);
  for (const r of reported) addTerms(r['O*NET-SOC Code'] as string, r['Reported Job Title'] as string);
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc) df.set(term, (df.get(term) ?? 0) + 1);
  // Function words and a posting's boilerplate are no terms, however seldom O*NET writes them.
  for (const word of [...ENGLISH_STOPWORDS, ...POSTING_WORDS]) for (const term of termsOf(word)) df.delete(term);

  const sorted = <T>(map: Map<string, T>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    about:
      'Generated by scripts/taxonomy/generate.ts; do not edit. Includes information from the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA. Jobsmith has modified all or some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.',
    source: 'O*NET 29.2 Database: Technology_Skills, Tools_Used, Alternate_Titles, Sample_of_Reported_Titles, Occupation_Data',
    categories,
    /** name \t category index \t aliases…, one skill per line; a name of several words is its own alias too. */
    skills: skills
      .map((s) =>
        [
          clean(s.name),
          categoryIndex.get(s.category),
          ...s.aliases.filter((a) => !(s.name.includes(' ') && a === lower(s.name))).map(clean),
        ].join('\t'),
      )
      .join('\n'),
    /** O*NET-SOC code \t title. */
    occupations: occupations.map((o) => `${o['O*NET-SOC Code']}\t${o.Title}`),
    /**
     * term \t the occupations whose titles use it, comma separated: each index as its gap from the
     * one before (base 36), then `*n` when n of the occupation's titles use the term. One term per line.
     */
    titleTerms: sorted(titleTerms)
      .map(([term, counts]) => {
        const order = [...counts.keys()].sort((x, y) => x - y);
        const cells = gaps(order).map((gap, i) => {
          const n = counts.get(order[i] as number) ?? 1;
          return n > 1 ? `${gap.toString(36)}*${n.toString(36)}` : gap.toString(36);
        });
        return `${term}\t${cells.join(',')}`;
      })
      .join('\n'),
    documents: documents.length,
    /** term \t how many occupations' documents hold it (base 36), one term per line. */
    termFrequencies: sorted(df)
      .map(([term, n]) => `${term}\t${n.toString(36)}`)
      .join('\n'),
  };
}

export function taxonomyJson(dir: string): string {
  return `${JSON.stringify(generateTaxonomy(dir), null, 1)}\n`;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? DEFAULT_ONET;
  const json = taxonomyJson(dir);
  writeFileSync(TAXONOMY_FILE, json);
  const { gzipSync } = await import('node:zlib');
  console.log(`wrote ${TAXONOMY_FILE}: ${json.length} B, ${gzipSync(json).length} B gzip`);
}
