import { findDateRange, joinWrappedRange } from './dates.ts';
import type { Line } from './lines.ts';
import { BULLET, PROSE } from './patterns.ts';

/**
 * A section's lines grouped into entries (a role, a school, a project): header lines then
 * bullets, after putting back what a date column and wrapped headers split.
 */

/**
 * Lines as a date column and wrapped headers leave them: a range split over two lines ("2021 –" /
 * "Present …") is put back together, and a header line ending in a comma goes on with the next.
 */
export function unwrap(lines: readonly Line[]): Line[] {
  // Copies: the lines stay as the sections hold them.
  const rest = lines.map((line) => ({ ...line }));
  const out: Line[] = [];
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i] as Line;
    const next = rest[i + 1];
    const joined = next ? joinWrappedRange(line.text, next.text) : null;
    if (joined && next) {
      out.push({ ...line, text: joined[0] });
      next.text = joined[1];
      if (!joined[1].trim()) i++;
      continue;
    }
    const previous = out.at(-1);
    if (previous && /,$/.test(previous.text) && findDateRange(previous.text) && !BULLET.test(line.text) && line.text.length < 40) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    out.push(line);
  }
  return out;
}

export interface Entry {
  header: Line[];
  bullets: string[];
}

/** Groups a section's lines into entries: header lines (role, employer, dates) then bullets. */
export function entries(lines: Line[]): Entry[] {
  const out: Entry[] = [];
  const left = Math.min(...lines.map((l) => l.x));
  for (const line of lines) {
    const current = out.at(-1);
    const isBullet = BULLET.test(line.text);
    if (isBullet) {
      if (current) current.bullets.push(line.text.replace(BULLET, ''));
      else out.push({ header: [], bullets: [line.text.replace(BULLET, '')] });
      continue;
    }
    if (current && current.bullets.length > 0) {
      // A wrapped bullet: it starts in lower case or sits indented under the bullet text.
      if (/^[a-z(]/.test(line.text) || line.x > left + line.size * 1.2) {
        current.bullets[current.bullets.length - 1] += ` ${line.text}`;
        continue;
      }
      out.push({ header: [line], bullets: [] });
      continue;
    }
    const headerHasDates = current?.header.some((h) => findDateRange(h.text));
    // A description written as prose, not bullets (moderncv): a sentence under a dated header.
    if (current && headerHasDates && !findDateRange(line.text) && PROSE.test(line.text)) {
      current.bullets.push(line.text);
      continue;
    }
    if (!current || (headerHasDates && findDateRange(line.text)) || (current.header.length >= 3 && headerHasDates))
      out.push({ header: [line], bullets: [] });
    else current.header.push(line);
  }
  return out;
}

/** A section's entries each read as one thing (a role, a school); those `read` makes nothing of are left out. */
export function readEntries<T>(lines: readonly Line[], read: (entry: Entry) => T | null): T[] {
  const unwrapped = unwrap(lines);
  return unwrapped.length > 0
    ? entries(unwrapped)
        .map((entry) => read(entry))
        .filter((item): item is T => item !== null)
    : [];
}
