import { canonicalSkill, skillsIn } from '../match/skills.ts';
import type { AddClaim, Known } from './verify-known.ts';
import { bare, knownName, tokens, within } from './verify-words.ts';

/** Organisations a text names ("at Acme Corp", "joined Initech", "ex-Google"): each must be one the profile knows. */

// "at Acme Corp", "At Stripe, I…", "joined Initech", "ex-Google": a capitalised name after these is an organisation.
const ORG =
  /(?:\b(?:[Aa]t|[Ff]or|[Ww]ith|[Jj]oined|[Ff]rom|[Ww]ithin|[Ii]nside|[Bb]y|[Ll]eft|[Pp]reviously)\s+|\b[Ee]x-)((?:\p{Lu}[\p{L}\p{N}&.'+-]*)(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}\p{N}&.'+-]*){0,4})/gu;
// Words that start a capitalised run without being a name.
const NOT_ORG =
  /^(i|the|my|our|your|a|an|this|that|these|those|it|we|us|all|both|each|every|teams?|customers?|clients?|patients?|users?|stakeholders?|scale|speed|years?|months?|weeks?|days?|time|more|most|over|up|one|two|three|many|several|experience|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|respect|regards|thanks|sincerely|warm|kind|best|enthusiasm|interest|care|confidence|pride|ease|attention)$/i;

export function checkOrgs(k: Known, sentence: string, add: AddClaim, jobCompany: string[] | null) {
  for (const m of sentence.matchAll(ORG)) {
    // "At Zalando I built": the name ends before a pronoun or another word no name starts with.
    const words = (m[1] ?? '')
      .trim()
      .replace(/[.,'’]+$/, '')
      .split(/\s+/);
    while (words.length > 1 && NOT_ORG.test(words.at(-1) as string)) words.pop();
    const name = words.join(' ');
    if (!name || NOT_ORG.test(words[0] ?? '')) continue;
    // "at Google" names an employer even where Google is also a skill; "with Python" does not.
    const employment = /^(?:at|joined|left|previously|ex-)/i.test(m[0]);
    // "with Data analysis": a skill that starts with the capitalised word.
    const following = sentence
      .slice((m.index ?? 0) + m[0].length - name.length)
      .split(/\s+/)
      .slice(0, 4);
    // "at Stripe and Zalando": two names, each checked.
    for (const part of name.split(/\s+and\s+/)) checkOrg(k, part, add, jobCompany, employment, following);
  }
}

/** Whether the words begin with a skill's name ("Data analysis and Python"). */
function skillStartsAt(words: string[]): boolean {
  for (let n = words.length; n >= 1; n--)
    if (
      canonicalSkill(
        words
          .slice(0, n)
          .join(' ')
          .replace(/[.,;:]+$/, ''),
      )
    )
      return true;
  return false;
}

function checkOrg(k: Known, name: string, add: AddClaim, jobCompany: string[] | null, employment: boolean, following: string[]) {
  const words = tokens(name);
  // A skill or a place the profile names is no employer ("with Python", "from Berlin").
  if (!employment && (canonicalSkill(name) || skillsIn(name).length > 0 || skillStartsAt(following))) return;
  if (k.places.some((p) => within(words, p))) return;
  if (knownName(name, k.orgs)) return;
  // The job's company, named as what is applied for (a past claim is caught with the sentence).
  if (jobCompany && jobCompany.length > 0 && within(bare(words), bare(jobCompany))) return;
  add('employer', name);
}
