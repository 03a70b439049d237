import { readerOf } from '../../boards/registry.ts';
import type { BoardRef, BoardRequest, ReadStep } from '../../boards/types.ts';

/** One answer through its board's reader, as the driver would read it (the first request unless told). */
export function readBody(ref: BoardRef, body: unknown, options: { request?: BoardRequest; now?: Date } = {}): ReadStep {
  const reader = readerOf(ref.kind);
  const request = options.request ?? reader.start(ref);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return reader.read(ref, request, text, { now: options.now ?? new Date('2026-11-20T12:00:00Z') });
}

/** The jobs of one answer. */
export function jobsOf(ref: BoardRef, body: unknown, options: { request?: BoardRequest; now?: Date } = {}) {
  return readBody(ref, body, options).postings.map((p) => p.job);
}
