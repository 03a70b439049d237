import { canonicalSkill } from '../match/skills.ts';
import type { AddClaim, Known } from './verify-known.ts';
import { tokens, within } from './verify-words.ts';

/**
 * Job titles a text gives the user ("as a Senior Data Engineer", a summary's headline): each must
 * be one the profile holds, with no rank it does not have.
 */

const HEADS =
  'engineer|developer|programmer|manager|accountant|nurse|analyst|designer|director|lead|specialist|technician|technologist|consultant|architect|scientist|researcher|officer|administrator|coordinator|head|vp|president|controller|cook|chef|welder|driver|recruiter|writer|editor|teacher|instructor|professor|attorney|lawyer|paralegal|assistant|representative|supervisor|founder|cto|ceo|cfo|coo|cio|executive|strategist|marketer|physician|therapist|pharmacist|electrician|mechanic|sre|intern|owner|partner|auditor|economist|statistician|trainer|coach|advisor|adviser|producer|planner|buyer|agent|clerk|cashier|barista|server|receptionist|secretary|operator|inspector|surveyor|paramedic|dentist|hygienist|veterinarian|librarian|counselor|counsellor|chemist|biologist|physicist|mathematician|journalist|photographer|artist|illustrator|animator';
// A word of a title: not a function word, and not a verb's past ("Re-architected the … editor" is no title).
const TITLE_WORD =
  "(?!(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|our|my|their|its|who|that|which|is|was|has|have)\\b)(?:[\\p{L}][\\p{L}+#&'/-]*(?<![a-z]ed)|registered|licensed|certified|qualified|chartered)";
// "as a Senior Data Engineer", "promoted to Staff Engineer", "I am a backend engineer".
const TITLE_AFTER = new RegExp(
  `\\b(?:as(?:\\s+(?:an?|the))?|promoted\\s+to|role\\s+of|(?:i\\s+am|i'm|i\\s+was|i've\\s+been|i\\s+have\\s+been)\\s+(?:an?|the)|(?:former|formerly)(?:\\s+(?:an?|the))?)\\s+((?:${TITLE_WORD}\\s+){0,4}?(?:${HEADS}))\\b`,
  'giu',
);
// A headline: the first words of a sentence up to a title ("Engineering manager and…", "Senior Backend Engineer with…").
const TITLE_LEAD = new RegExp(`^\\s*(?:an?\\s+)?((?:${TITLE_WORD}\\s+){0,4}?(?:${HEADS}))\\b(?!\\s+(?:of|for)\\b)`, 'iu');
// Words that describe how well, not which job ("seasoned backend engineer").
const PRAISE = new Set(
  'experienced seasoned accomplished proven dedicated passionate motivated skilled versatile creative hands-on hands on results-driven results driven detail-oriented detail oriented highly self-motivated driven curious pragmatic thoughtful collaborative reliable certified professional licensed'.split(
    ' ',
  ),
);
// Seniority words: a text may drop them ("Engineer" for "Senior Engineer"), never add them.
const RANKS = new Set(
  'senior sr junior jr staff principal lead chief head distinguished associate assistant executive vp director i ii iii iv'.split(' '),
);
const RANK_ALIASES: Record<string, string> = { sr: 'senior', jr: 'junior' };

/** Titles the sentence gives the user; `headline` for a summary's or an answer's first sentence ("Engineering manager and…"). */
export function checkTitles(k: Known, sentence: string, add: AddClaim, headline: boolean) {
  const candidates: string[] = [];
  for (const m of sentence.matchAll(TITLE_AFTER)) candidates.push(m[1] ?? '');
  const lead = headline ? TITLE_LEAD.exec(sentence) : null;
  // A bare "Lead" or "Head" starting a sentence is a verb or a noun of the work, not a headline.
  if (lead?.[1] && /\s/.test(lead[1].trim())) candidates.push(lead[1]);
  // "Engineering manager and backend engineer": each title of a headline.
  for (const candidate of candidates) {
    for (const part of candidate.split(/\s+(?:and|&|\/)\s+/i)) {
      const words = tokens(part)
        .map((w) => RANK_ALIASES[w] ?? w)
        .filter((w) => !PRAISE.has(w));
      // Skill words describe the work, not the title ("Go engineer" for a backend engineer who writes Go).
      const core = words.filter((w, i) => i === words.length - 1 || RANKS.has(w) || !k.skills.has(canonicalSkill(w)?.name ?? '\u0000'));
      if (core.length === 0 || titleHeld(k, core)) continue;
      add('title', part.trim());
    }
  }
}

/**
 * Whether the profile holds this title: a role with the same head ("engineer") and every rank
 * word ("Senior"), whose other words the profile uses ("backend engineer" for a Software
 * Engineer whose summary says backend); or the user's own summary or a certification names it.
 */
function titleHeld(k: Known, words: string[]): boolean {
  if (within(words, k.ownWords)) return true;
  const head = words[words.length - 1] as string;
  return k.titles.some((title) => {
    const have = title.map((w) => RANK_ALIASES[w] ?? w);
    if (!have.includes(head)) return false;
    return words.every((w) => have.includes(w) || (!RANKS.has(w) && k.prose.includes(w)));
  });
}
