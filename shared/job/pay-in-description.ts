import type { Block } from './html-blocks.ts';
import { parseSalary, type Salary } from './parse-salary.ts';

/**
 * A pay range the description states in words, for postings with no structured salary: US
 * pay-transparency sections ("The base salary range for this role is $150,000 - $190,000",
 * "Pay range: NOK 750,000 — NOK 950,000") on Greenhouse, Lever and Ashby. Only a sentence that
 * names pay and holds an amount counts, so a "$5M fund" or "401(k)" never becomes a salary.
 */
const PAY_WORDS = /\b(salary|salaries|pay|compensation|wage|hourly rate|base rate|gehalt|vergütung)\b/i;
const AMOUNT_WITH_MARK = /(?:[$€£¥₹]|\b[A-Z]{3}\b)\s?\d|\d[\d,.]*\s?(?:[kK]\b)?\s?(?:€|\b(?:USD|EUR|GBP|CAD|AUD|NOK|SEK|CHF)\b)/;
// A sentence or a short block; pay sections are short, and a whole paragraph blurs two figures.
const MAX_SENTENCE = 300;
const MAX_LABEL = 60;

function sentences(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    // "Base Salary Pay Range" as a heading or a short line of its own, the amounts in the next block.
    const next = blocks[i + 1];
    if (next && block.text.length <= MAX_LABEL && !/\d/.test(block.text) && PAY_WORDS.test(block.text))
      out.push(`${block.text}: ${next.text}`);
    for (const sentence of block.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) out.push(sentence);
  });
  return out;
}

export function payInDescription(blocks: readonly Block[], dollar: string): Salary | null {
  for (const sentence of sentences(blocks)) {
    if (sentence.length > MAX_SENTENCE || !PAY_WORDS.test(sentence) || !AMOUNT_WITH_MARK.test(sentence)) continue;
    // From the first amount on: words before it ("401(k) and a salary of…") hold no pay.
    const from = sentence.search(/[$€£¥₹]\s?\d|\b[A-Z]{3}\s?\d|\d/);
    const salary = parseSalary(sentence.slice(Math.max(0, from - 4)), dollar);
    if (salary?.currency && (salary.max ?? salary.min ?? 0) >= 10) return salary;
  }
  return null;
}
