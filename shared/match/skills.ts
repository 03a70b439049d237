import { rawWords, type SkillInfo, taxonomy } from './taxonomy.ts';

/**
 * Finds taxonomy skills in text. The text is cut into words once and, at each word, the
 * longest alias starting there is looked up; a scan goes on past a word only while the words so
 * far begin some alias, so scanning is linear in the text whatever the size of the taxonomy
 * (a thousand job descriptions take milliseconds, not seconds).
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
  const { byAlias, byExactAlias, prefixes } = taxonomy();
  const found = new Map<string, SkillInfo>();
  const list = words(text);
  const lower = list.map((w) => w.toLowerCase());
  for (let i = 0; i < list.length; i++) {
    let phrase = lower[i] as string;
    let hit = byExactAlias.get(list[i] as string) ?? byAlias.get(phrase);
    let length = 1;
    for (let n = 2; i + n <= list.length && prefixes.has(phrase); n++) {
      phrase = `${phrase} ${lower[i + n - 1]}`;
      const longer = byAlias.get(phrase);
      if (longer) {
        hit = longer;
        length = n;
      }
    }
    if (hit) {
      if (!found.has(hit.name)) found.set(hit.name, hit);
      i += length - 1;
    }
  }
  return [...found.values()];
}

/** The taxonomy's name for a skill the user typed ("k8s" → "Kubernetes"), or null when unknown. */
export function canonicalSkill(text: string): SkillInfo | null {
  const { byAlias, byExactAlias, byName } = taxonomy();
  const key = words(text).join(' ');
  return byExactAlias.get(key) ?? byAlias.get(key.toLowerCase()) ?? byName.get(key.toLowerCase()) ?? null;
}
