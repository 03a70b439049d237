import { skillsIn } from '../match/skills.ts';
import { type Quantity, quantitiesIn } from './quantities.ts';
import type { AddClaim, Known, Place } from './verify-known.ts';

/** Numbers a text states (percentages, money, counts, years): each must be the profile's, about the same thing and the same role. */

export function checkQuantities(k: Known, text: string, at: Place, add: AddClaim) {
  for (const q of quantitiesIn(text)) {
    // List markers, "one-page", "24/7": not claims about the user.
    if ((q.value <= 1 && q.kind === 'count') || (q.value === 24 && /^24\s*\/\s*7/.test(text.slice(q.index)))) continue;
    if (q.value === 7 && /24\s*\/\s*$/.test(text.slice(0, q.index))) continue;
    const verdict = quantitySupported(k, q, at);
    if (verdict === 'unknown') add('number', q.raw);
    else if (verdict === 'elsewhere') add('achievement', q.raw);
  }
}

const COMPATIBLE: Record<Quantity['kind'], Quantity['kind'][]> = {
  percent: ['percent'],
  money: ['money', 'count'],
  count: ['count', 'money'],
  years: ['years'],
  months: ['months'],
};

/**
 * A quantity is supported when the profile states the same value, of the same kind, about the
 * same thing (the clauses share a word, or the profile's figure is the only one of its kind);
 * years are checked against the profile's dates. "elsewhere": only another role states it.
 */
function quantitySupported(k: Known, q: Quantity, at: Place): 'ok' | 'unknown' | 'elsewhere' {
  if (q.kind === 'years') {
    // "5 years of Go" is about Go; "9 years of experience in Java and AWS" about the whole career.
    const object = /^\s*\+?\s*years?\s+(?:of\s+|with\s+|in\s+|using\s+)?(.*)$/i.exec(q.afterText)?.[1] ?? '';
    const skill = /^(?:professional\s+|hands-on\s+|industry\s+)?experience\b/i.test(object)
      ? null
      : (skillsIn(object.split(/\s+/).slice(0, 3).join(' '))[0]?.name ?? null);
    const have = skill && k.yearsBySkill[skill] !== undefined ? k.yearsBySkill[skill] : k.yearsTotal;
    const fits = (years: number) =>
      q.atLeast ? q.value <= Math.floor(years + 0.05) : q.value === Math.floor(years) || q.value === Math.round(years);
    if (have !== undefined && fits(have)) return 'ok';
    if (!skill && Object.values(k.yearsBySkill).some((y) => fits(y) && q.after.length === 0)) return 'ok';
  }
  const same = k.passages.flatMap((p) =>
    p.quantities.filter((o) => Math.abs(o.value - q.value) < 1e-9 && COMPATIBLE[q.kind].includes(o.kind)).map((o) => ({ p, o })),
  );
  if (same.length === 0) return 'unknown';
  const about = new Set(q.around);
  const related = same.filter(({ o }) => o.around.some((w) => about.has(w)) || q.around.length === 0);
  if (related.length === 0) return 'unknown';
  if (at.role === null) return 'ok';
  return related.some(({ p }) => p.role === at.role || p.role === null) ? 'ok' : 'elsewhere';
}
