import type { SiteUnit } from '../sites/site.ts';
import type { AtsBoardKind, BoardPosting, BoardReader, BoardRef, BoardRequest } from './types.ts';

/**
 * What the readers share: a GET of the board's list (or one page of it), a GET of one job's
 * detail, the postings an answer's items make, and the fields an ATS reader takes from its unit.
 */

/** A GET of the board's list; `carry` (a page's offset) comes back with the answer. */
export function listRequest(url: string, format: BoardRequest['format'] = 'json', carry?: unknown): BoardRequest {
  return { url, method: 'GET', format, step: 'list', ...(carry === undefined ? {} : { carry }) };
}

/** A GET of one job's detail; `carry` is the listing it completes. */
export function detailRequest(url: string, carry: unknown): BoardRequest {
  return { url, method: 'GET', format: 'json', step: 'detail', carry };
}

/** The postings an answer's items make; an item without a title or web address makes none. */
export function postingsOf<T>(items: readonly T[], posting: (item: T) => BoardPosting | null): BoardPosting[] {
  return items.map((item) => posting(item)).filter((p) => p !== null);
}

/** `accepts` of an API on one host: the slug is one of its names and the ref names no other host. */
export function slugOnOneHost(name: RegExp): (ref: BoardRef) => boolean {
  return (ref) => name.test(ref.slug) && ref.host === undefined;
}

/** What an ATS's reader takes from its site unit: its kind and the API hosts it may ask for; each reads a board at most hourly. */
export function fromSiteUnit<Id extends AtsBoardKind>(unit: SiteUnit<Id>): Pick<BoardReader, 'kind' | 'apiMatches' | 'minIntervalMinutes'> {
  return { kind: unit.id, apiMatches: unit.boardApi ?? [], minIntervalMinutes: 60 };
}
