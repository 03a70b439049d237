// The ranking benchmark: for public resumes labelled by occupation, rank public job postings
// (labelled by their titles, bench/ranking/prepare.ts) and count how many of the top 10 are of
// the resume's occupation, with Jobsmith's match score and with plain TF-IDF over the same texts.
import { readFileSync } from 'node:fs';
import { createMatcher } from '../shared/match/score.ts';
import { parseResume } from '../shared/resume/parse-resume.ts';
import { plainTextPages } from '../shared/resume/text-items.ts';
import { JobCapture } from '../shared/schemas/job.ts';

interface Resume {
  category: string;
  text: string;
}
interface Posting {
  source: string;
  title: string;
  description: string;
  category: string;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./ranking/${name}`, import.meta.url), 'utf8')) as T;
const TOP = 10;

/** Plain TF-IDF as a text-retrieval baseline is usually set up: words of two or more letters, smoothed idf, cosine. */
function tfidfRanker(documents: string[]) {
  const tokens = (text: string) => text.toLowerCase().match(/\b\w\w+\b/g) ?? [];
  const df = new Map<string, number>();
  const counts = documents.map((d) => {
    const tf = new Map<string, number>();
    for (const t of tokens(d)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const idf = (t: string) => Math.log((1 + documents.length) / (1 + (df.get(t) ?? 0))) + 1;
  const vector = (tf: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = n * idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  };
  const vectors = counts.map(vector);
  return (query: string) => {
    const tf = new Map<string, number>();
    for (const t of tokens(query)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const q = vector(tf);
    return vectors.map((v) => {
      let dot = 0;
      for (const [t, w] of q) dot += w * (v.get(t) ?? 0);
      return dot;
    });
  };
}

/** Indices of the `n` highest scores; ties keep the postings' order. */
function top(scores: number[], n: number): number[] {
  return scores
    .map((score, i) => [score, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, n)
    .map(([, i]) => i);
}

export interface RankingResult {
  resumes: number;
  postings: number;
  categories: number;
  jobsmith: number;
  tfidf: number;
  byCategory: Array<{ category: string; resumes: number; jobsmith: number; tfidf: number }>;
  /**
   * The same, ranking only one source's postings (Dice, LinkedIn): a change that helps one kind
   * of posting and hurts the other shows here. Its resumes are those with ten postings of their
   * occupation in that source.
   */
  bySource: Array<{ source: string; resumes: number; postings: number; jobsmith: number; tfidf: number }>;
}

interface Scored {
  category: string;
  /** Each posting's score, by Jobsmith and by TF-IDF. */
  jobsmith: number[];
  tfidf: number[];
}

/** Precision@10 over the postings in `pool` (indices), for the resumes with ten postings of their occupation there. */
function precisionIn(pool: number[], postings: Posting[], scored: Scored[]) {
  const perCategory = new Map<string, number>();
  for (const i of pool) {
    const category = postings[i]?.category ?? '';
    perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
  }
  // A resume is a query when at least ten postings are of its occupation (else a perfect ranking scores below 1).
  const queries = scored.filter((r) => (perCategory.get(r.category) ?? 0) >= TOP);
  const precision = (scores: number[], category: string) =>
    top(
      pool.map((i) => scores[i] ?? 0),
      TOP,
    ).filter((k) => postings[pool[k] ?? -1]?.category === category).length / TOP;
  const rows = new Map<string, { resumes: number; jobsmith: number; tfidf: number }>();
  for (const r of queries) {
    const row = rows.get(r.category) ?? { resumes: 0, jobsmith: 0, tfidf: 0 };
    row.resumes++;
    row.jobsmith += precision(r.jobsmith, r.category);
    row.tfidf += precision(r.tfidf, r.category);
    rows.set(r.category, row);
  }
  const mean = (key: 'jobsmith' | 'tfidf') => [...rows.values()].reduce((sum, r) => sum + r[key], 0) / (queries.length || 1);
  return { resumes: queries.length, rows, jobsmith: mean('jobsmith'), tfidf: mean('tfidf') };
}

export function rankingBench(now = new Date('2026-11-30T00:00:00Z')): RankingResult {
  const postings = read<Posting[]>('postings.json');
  const categories = new Set(postings.map((p) => p.category));
  const resumes = read<Resume[]>('resumes.json').filter((r) => categories.has(r.category));
  const tfidf = tfidfRanker(postings.map((p) => `${p.title}\n${p.description}`));
  const jobs = postings.map((p, i) =>
    JobCapture.parse({
      url: `https://jobs.example/${i}`,
      source: 'generic',
      title: p.title,
      description: p.description,
      dedupeKey: `bench-${i}`,
    }),
  );
  const scored: Scored[] = resumes.map((resume) => {
    const { profile } = parseResume(plainTextPages(resume.text));
    const score = createMatcher(profile, now);
    return { category: resume.category, jobsmith: jobs.map((job) => score(job).score), tfidf: tfidf(resume.text) };
  });
  const all = precisionIn(
    postings.map((_, i) => i),
    postings,
    scored,
  );
  const sources = [...new Set(postings.map((p) => p.source))];
  return {
    resumes: all.resumes,
    postings: postings.length,
    categories: all.rows.size,
    jobsmith: all.jobsmith,
    tfidf: all.tfidf,
    byCategory: [...all.rows].map(([category, r]) => ({
      category,
      resumes: r.resumes,
      jobsmith: r.jobsmith / r.resumes,
      tfidf: r.tfidf / r.resumes,
    })),
    bySource: sources.map((source) => {
      const pool = postings.flatMap((p, i) => (p.source === source ? [i] : []));
      const { resumes: queries, jobsmith, tfidf: baseline } = precisionIn(pool, postings, scored);
      return { source, resumes: queries, postings: pool.length, jobsmith, tfidf: baseline };
    }),
  };
}

if (import.meta.main) {
  const { loadTaxonomy } = await import('../shared/match/taxonomy.ts');
  const { readTaxonomyFile } = await import('../shared/match/taxonomy-file.ts');
  await loadTaxonomy(readTaxonomyFile);
  const result = rankingBench();
  console.log(JSON.stringify(result, null, 1));
}
