import { SKILL_ROWS } from './skills-data.ts';

/**
 * Finds taxonomy skills in text. The text is cut into words once and every run of up to four
 * words is looked up in a table of aliases, so scanning is linear in the text whatever the
 * size of the taxonomy (a thousand job descriptions take milliseconds, not seconds).
 */

export interface SkillInfo {
  name: string;
  group: string;
}

const MAX_WORDS = 4;
const byAlias = new Map<string, SkillInfo>();
const byExactAlias = new Map<string, SkillInfo>();
const byName = new Map<string, SkillInfo>();

// Characters that end a word. Kept inside words: + # . / & ' - (C++, C#, Node.js, CI/CD, FP&A).
const SPLIT = /[\s,;:()[\]{}"!?|•·●▪–—…]+/;
const EDGE = /^[.'/&-]+|[.'/&-]+$/g;

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(SPLIT)) {
    const word = raw.replace(EDGE, '');
    if (!word) continue;
    // "Python/Go" is two skills, "CI/CD" one: split on "/" unless the whole is an alias.
    if (word.includes('/') && !byAlias.has(word.toLowerCase()) && !byExactAlias.has(word)) out.push(...word.split('/').filter(Boolean));
    else out.push(word);
  }
  return out;
}

for (const [name, group, ...aliases] of SKILL_ROWS) {
  const info = { name, group };
  byName.set(name.toLowerCase(), info);
  for (const alias of aliases) {
    if (alias.startsWith('=')) byExactAlias.set(alias.slice(1), info);
    else byAlias.set(words(alias).join(' ').toLowerCase(), info);
  }
}

/** Skills named in the text, in order of first mention. */
export function skillsIn(text: string): SkillInfo[] {
  const found = new Map<string, SkillInfo>();
  const list = words(text);
  const lower = list.map((w) => w.toLowerCase());
  for (let i = 0; i < list.length; i++) {
    let matched = false;
    for (let n = Math.min(MAX_WORDS, list.length - i); n >= 1 && !matched; n--) {
      const phrase = n === 1 ? (lower[i] as string) : lower.slice(i, i + n).join(' ');
      const hit = byAlias.get(phrase) ?? (n === 1 ? byExactAlias.get(list[i] as string) : undefined);
      if (hit) {
        if (!found.has(hit.name)) found.set(hit.name, hit);
        i += n - 1;
        matched = true;
      }
    }
  }
  return [...found.values()];
}

/** The taxonomy's name for a skill the user typed ("k8s" → "Kubernetes"), or null when unknown. */
export function canonicalSkill(text: string): SkillInfo | null {
  const key = words(text).join(' ');
  return byName.get(key.toLowerCase()) ?? byAlias.get(key.toLowerCase()) ?? byExactAlias.get(key) ?? null;
}
