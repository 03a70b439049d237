import { malformed } from './errors.ts';

/**
 * Reading fields out of an API's JSON without trusting it: every accessor returns a value of the
 * type asked for or an empty one, so a field an API drops or retypes never throws mid-board.
 */

export type Json = unknown;
export type JsonRecord = Record<string, Json>;

export function isRecord(value: Json): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as JSON, or a `malformed` BoardError naming the request. */
export function parseJsonBody(body: string, url: string): Json {
  try {
    return JSON.parse(body);
  } catch {
    throw malformed(url, 'not JSON');
  }
}

/** A string field (numbers as their digits, so ids typed either way read the same); '' when absent. */
export function str(value: Json): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A number field, also when the API sends it as a string ("60000"); null when absent or not a number. */
export function num(value: Json): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function list(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

export function rec(value: Json): JsonRecord {
  return isRecord(value) ? value : {};
}

/** The records of an array field, skipping anything else an API put in it. */
export function records(value: Json): JsonRecord[] {
  return list(value).filter(isRecord);
}

/** The named array of a response object, or `malformed` when the response has none (the API's shape changed or it is not the API). */
export function requiredList(body: Json, field: string, url: string): JsonRecord[] {
  if (!isRecord(body) || !Array.isArray(body[field])) throw malformed(url, `no "${field}" list`);
  return records(body[field]);
}
