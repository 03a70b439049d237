import { canonicalSkill, skillShare, skillsIn } from '../match/skills.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import type { Line } from './lines.ts';
import { BULLET, EMAIL, URL_LIKE } from './patterns.ts';

/**
 * The skills and languages sections: lists split where a person would (not inside parentheses,
 * across wrapped lines), the skills one item names, a language's level.
 */

const LEVELS: Record<string, ProfileDraft['languages'][number]['level']> = {
  native: 'native',
  'mother tongue': 'native',
  muttersprache: 'native',
  c2: 'native',
  fluent: 'fluent',
  c1: 'fluent',
  bilingual: 'fluent',
  professional: 'professional',
  b2: 'professional',
  conversational: 'conversational',
  intermediate: 'conversational',
  b1: 'conversational',
  basic: 'basic',
  a2: 'basic',
  a1: 'basic',
  beginner: 'basic',
};

/** Splits a list on , ; | • · but not inside parentheses: "AWS (S3, EMR)" is one item. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;|•·]/.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

// "Computer: Word, Excel" — a list line that names its own group.
export const LIST_LABEL = /^[A-Za-z &/]{2,30}:\s*/;

export function listItems(lines: Line[]): string[] {
  // A list wrapped over lines goes on where it stopped ("…, Deep Learning, Natural" / "Language
  // Processing"), unless the next line starts a group of its own ("Language: Spanish").
  const joined: string[] = [];
  for (const line of lines) {
    const text = line.text;
    const previous = joined.at(-1);
    if (previous !== undefined && !BULLET.test(text) && !LIST_LABEL.test(text) && splitList(previous).length > 1 && !/[.]$/.test(previous))
      joined[joined.length - 1] = `${previous} ${text}`;
    else joined.push(text);
  }
  return joined
    .map((text) => text.replace(BULLET, ''))
    .flatMap((text) => splitList(text.replace(LIST_LABEL, '')))
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0 && s.length <= 60);
}

// Words around a skill that are not the skill ("Proficient in Windows", "and Excel", "Fluent in Spanish").
export const SKILL_FILLER =
  /^(?:and|or|&|proficient (?:in|with)|experienced (?:in|with)|fluent in|knowledge of|familiar with|expert in|skilled in)\s+/i;

/**
 * The skills one list item names. "Excel (pivot tables)" and "AWS (S3, EMR)" are Excel and AWS; a
 * row of tags set apart by space, not commas ("Go Python Node.js TypeScript"), is each skill it
 * names; a link is none.
 */
export function skillNames(raw: string): string[] {
  let item = raw.trim();
  while (SKILL_FILLER.test(item)) item = item.replace(SKILL_FILLER, '');
  // A link is no skill (match, not test: URL_LIKE is global and test would keep its position).
  if (!item || item.match(URL_LIKE) || EMAIL.test(item) || /^(?:https?:\/\/|www\.)|\.(?:com|io|dev|org)\b/i.test(item)) return [];
  const known = canonicalSkill(item) ?? canonicalSkill(item.replace(/\s*\(.*\)\s*$/, ''));
  if (known) return [known.name];
  const named = skillsIn(item);
  // Several skills and little else: the row is a list without commas.
  if (named.length >= 2 && skillShare(item) >= 0.6) return named.map((skill) => skill.name);
  return [item];
}

/** The languages section: each language with its level where it names one ("Spanish (C1)", "German – native"). */
export function languagesOf(lines: Line[]): ProfileDraft['languages'] {
  return listItems(lines).map((item) => {
    const [lang, ...rest] = item.split(/\s*[(–—:-]\s*/);
    const level = rest.join(' ').replace(/\)/g, '').trim().toLowerCase();
    return { name: (lang ?? item).trim(), level: LEVELS[level] ?? LEVELS[level.split(' ')[0] ?? ''] ?? null };
  });
}
