import { rawWords, type SkillInfo, taxonomy } from './taxonomy.ts';

/**
 * Finds taxonomy skills in text. The text is cut into words once and, at each word, the
 * longest alias starting there is found by following the aliases' tree of words; a scan goes on
 * past a word only while the words so far begin some alias, so scanning is linear in the text
 * whatever the size of the taxonomy (a thousand job descriptions take milliseconds, not seconds).
 */

export type { SkillInfo };

function words(text: string): string[] {
  const { byAlias, byExactAlias } = taxonomy();
  const out: string[] = [];
  for (const word of rawWords(text)) {
    // "Python/Go" is two skills, "CI/CD" one: split on "/" unless the whole is an alias.
    if (word.includes('/') && !byAlias.has(word.toLowerCase()) && !byExactAlias.has(word)) out.push(...word.split('/').filter(Boolean));
    else out.push(word);
  }
  return out;
}

/** Skills named in the text, in order of first mention. */
export function skillsIn(text: string): SkillInfo[] {
  return scan(text).skills;
}

/** The share of the text's words that name skills: a row of tags ("gRPC AWS ECS Lambda") is nearly all. */
export function skillShare(text: string): number {
  const { covered, words } = scan(text);
  return words === 0 ? 0 : covered / words;
}

function scan(text: string): { skills: SkillInfo[]; covered: number; words: number } {
  const { byExactAlias, aliasTree } = taxonomy();
  const found = new Map<string, SkillInfo>();
  let covered = 0;
  const list = words(text);
  const lower = list.map((w) => w.toLowerCase());
  for (let i = 0; i < list.length; i++) {
    const word = list[i] as string;
    let hit = word !== lower[i] ? byExactAlias.get(word) : undefined;
    let length = 1;
    // The longest alias that starts here, following the tree of aliases word by word.
    let node = aliasTree.next?.get(lower[i] as string);
    for (let n = 1; node; n++) {
      if (node.skill && (n > 1 || !hit)) {
        hit = node.skill;
        length = n;
      }
      node = i + n < lower.length ? node.next?.get(lower[i + n] as string) : undefined;
    }
    if (hit) {
      if (!found.has(hit.name)) found.set(hit.name, hit);
      covered += length;
      i += length - 1;
    }
  }
  return { skills: [...found.values()], covered, words: list.length };
}

/** The taxonomy's name for a skill the user typed ("k8s" → "Kubernetes"), or null when unknown. */
export function canonicalSkill(text: string): SkillInfo | null {
  const { byAlias, byExactAlias, byName } = taxonomy();
  const key = words(text).join(' ');
  return byExactAlias.get(key) ?? byAlias.get(key.toLowerCase()) ?? byName.get(key.toLowerCase()) ?? null;
}
