import { describe, expect, it } from 'vitest';
import { createHlc, decodeHlc } from './hlc.ts';
import { canonical, mergeRecords, type Syncable, stamp } from './merge.ts';

/** A small deterministic PRNG, so a failing sequence can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const base = (): Syncable => ({
  id: '01J0000000000000000000TEST',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  clocks: {},
  title: 'Nurse',
  notes: '',
  status: 'saved',
});

describe('hybrid logical clock', () => {
  it('never goes backwards, even when the wall clock does, and passes clocks it has seen', () => {
    let wall = 1000;
    const a = createHlc('devA', () => wall);
    const t1 = a.tick();
    wall = 500; // the device's clock was set back
    const t2 = a.tick();
    expect(t2 > t1).toBe(true);
    const b = createHlc('devB', () => 10);
    b.observe(t2);
    expect(b.tick() > t2).toBe(true);
    expect(decodeHlc(t2)).toEqual({ ms: 1000, counter: 1, node: 'devA' });
  });
});

describe('per-field merge', () => {
  it('keeps both devices’ edits to different fields, and the later of two edits to one field, with the loser in history', () => {
    let wall = 100;
    const a = createHlc('devA', () => wall);
    const b = createHlc('devB', () => wall);
    const start = stamp(undefined, base(), a.tick);
    wall = 200;
    const onA = stamp(start, { ...start, notes: 'called the recruiter', status: 'applied' }, a.tick);
    wall = 300;
    const onB = stamp(start, { ...start, status: 'interviewing' }, b.tick);
    const ab = mergeRecords(onA, onB);
    const ba = mergeRecords(onB, onA);
    expect(canonical(ab)).toBe(canonical(ba));
    expect(ab).toMatchObject({ notes: 'called the recruiter', status: 'interviewing' });
    // A's status is not lost: the history has it (and the empty notes A replaced).
    expect(ab.history).toContainEqual({ field: 'status', value: 'applied', clock: onA.clocks.status });
    expect(ab.history?.map((h) => h.field).sort()).toEqual(['notes', 'status']);
  });

  it('a delete is a tombstone that wins over older edits and loses to a later undelete', () => {
    const a = createHlc('devA', () => 10);
    const start = stamp(undefined, base(), a.tick);
    const deleted = stamp(start, { ...start, deletedAt: 11 }, a.tick);
    expect(mergeRecords(start, deleted).deletedAt).toBe(11);
    const restored = stamp(deleted, { ...deleted, deletedAt: null }, a.tick);
    expect(mergeRecords(deleted, restored).deletedAt).toBeNull();
  });

  it('converges whatever the order, duplicates included, and loses no write silently (3 devices, random edits)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = rng(seed);
      let wall = 1000;
      const devices = ['a', 'b', 'c'].map((d) => ({ clock: createHlc(d, () => wall), record: undefined as Syncable | undefined }));
      const shared = stamp(undefined, base(), devices[0]?.clock.tick ?? (() => ''));
      for (const d of devices) d.record = shared;
      const writes: Syncable[] = [];
      const written = new Map<string, Set<string>>();
      for (let step = 0; step < 30; step++) {
        const d = devices[Math.floor(random() * 3)] as (typeof devices)[number];
        wall += Math.floor(random() * 3) - 1; // clocks jitter, sometimes backwards
        const field = ['title', 'notes', 'status', 'deletedAt'][Math.floor(random() * 4)] as string;
        const value = field === 'deletedAt' ? (random() < 0.5 ? null : wall) : `${field}-${seed}-${step}`;
        const before = d.record as Syncable;
        const next = stamp(before, { ...before, [field]: value }, d.clock.tick);
        d.record = next;
        writes.push(next);
        written.set(field, (written.get(field) ?? new Set()).add(canonical(value)));
        // Sometimes a device pulls some of what others wrote.
        if (random() < 0.3) {
          const other = writes[Math.floor(random() * writes.length)] as Syncable;
          d.record = mergeRecords(d.record, other);
          for (const c of Object.values(other.clocks)) d.clock.observe(c);
        }
      }
      // Every device finally receives every write, in its own shuffled order, some twice.
      const finals = devices.map((d) => {
        const order = [...writes, ...writes.slice(0, 5)].sort(() => random() - 0.5);
        return order.reduce((acc, w) => mergeRecords(acc, w), d.record as Syncable);
      });
      const [first, ...rest] = finals.map(canonical);
      for (const other of rest) expect(other, `seed ${seed}`).toBe(first);
      // Each distinct value ever written is the winner or in the history (capped at 30 entries).
      const final = finals[0] as Syncable;
      for (const [field, values] of written) {
        const kept = new Set([
          canonical(final[field]),
          ...(final.history ?? []).filter((h) => h.field === field).map((h) => canonical(h.value)),
        ]);
        if ((final.history?.length ?? 0) < 30) for (const v of values) expect(kept.has(v), `seed ${seed} ${field} ${v}`).toBe(true);
      }
    }
  });
});
