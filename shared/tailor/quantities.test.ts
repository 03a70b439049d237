import { describe, expect, it } from 'vitest';
import { quantitiesIn, wordsValue } from './quantities.ts';

const read = (text: string) => quantitiesIn(text).map((q) => [q.raw, q.value, q.kind, q.atLeast]);

describe('quantitiesIn', () => {
  it('reads numbers written in words as the same numbers', () => {
    expect(wordsValue('fifteen')).toBe(15);
    expect(wordsValue('twenty-five')).toBe(25);
    expect(wordsValue('a dozen')).toBe(12);
    expect(wordsValue('two hundred')).toBe(200);
    expect(wordsValue('one hundred and twenty')).toBe(120);
    expect(read('Mentored ten engineers over fifteen years')).toEqual([
      ['ten', 10, 'count', false],
      ['fifteen', 15, 'years', true],
    ]);
  });

  it('reads money in its short and long forms as one amount', () => {
    expect(read('Saved $120k a year')).toEqual([['$120k', 120_000, 'money', false]]);
    expect(read('Saved $120,000 a year')).toEqual([['$120,000', 120_000, 'money', false]]);
    expect(read('Raised €1.2M')).toEqual([['€1.2M', 1_200_000, 'money', false]]);
    expect(read('handling 2 million invoices')).toEqual([['2 million', 2_000_000, 'count', false]]);
  });

  it('tells percentages, years and floors apart, and leaves calendar years to the date check', () => {
    expect(read('Cut latency by 40% since 2019')).toEqual([['40%', 40, 'percent', false]]);
    expect(read('9+ years of Go')).toEqual([['9', 9, 'years', true]]);
    expect(read('over 5 years of experience')).toEqual([['5', 5, 'years', true]]);
  });

  it('keeps what a figure is about, without the verbs every achievement shares', () => {
    const [q] = quantitiesIn('Cut p99 checkout latency by 40% by moving reads to Redis');
    expect(q?.around).toEqual(expect.arrayContaining(['p99', 'checkout', 'latency']));
    expect(q?.around).not.toContain('cut');
  });
});
