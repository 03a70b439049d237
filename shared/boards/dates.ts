/**
 * Posted and updated dates as the APIs state them, as ISO 8601: the one form the panel sorts and
 * shows. A date the text does not state exactly is null, never the time of the read.
 */

const DAY_MS = 86_400_000;

// Date-only values stay dates: "2026-09-01" must not become a time in some zone.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Recruitee's "2026-10-06 14:25:18 UTC".
const SPACED_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) UTC$/;
// A time without a zone (Remotive's "2020-02-15T10:23:26"): the APIs that send it mean UTC.
const NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
// Personio's "+0200": ISO wants "+02:00" (Date.parse reads the colon form everywhere).
const COMPACT_OFFSET = /([+-]\d{2})(\d{2})$/;

/** An API's absolute date (ISO, RFC 822 pubDate, epoch milliseconds) as ISO 8601; null when unreadable. */
export function isoDate(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? new Date(value).toISOString() : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  if (DATE_ONLY.test(text)) return Number.isNaN(Date.parse(text)) ? null : text;
  const spaced = SPACED_UTC.exec(text);
  const normal = spaced
    ? `${spaced[1]}T${spaced[2]}Z`
    : NO_ZONE.test(text)
      ? `${text}Z`
      : /T\d/.test(text)
        ? text.replace(COMPACT_OFFSET, '$1:$2')
        : text;
  const at = Date.parse(normal);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

// Workday lists say when a job was posted relative to today; "30+ Days Ago" is not a date.
const RELATIVE: Array<[RegExp, (match: RegExpExecArray) => number]> = [
  [/^posted today$/i, () => 0],
  [/^posted yesterday$/i, () => 1],
  [/^posted (\d{1,2}) days? ago$/i, (m) => Number(m[1])],
];

/** The day a "Posted N Days Ago" label means (ISO date); null for "30+ Days Ago" and anything else. */
export function relativeDate(label: string, now: Date): string | null {
  for (const [pattern, days] of RELATIVE) {
    const match = pattern.exec(label.trim());
    if (match) return new Date(now.getTime() - days(match) * DAY_MS).toISOString().slice(0, 10);
  }
  return null;
}
