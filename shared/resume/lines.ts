import type { TextItem, TextPage } from './text-items.ts';

export interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
}

/** Items on one baseline, left to right, joined with a space where there is a visible gap. */
function toLines(items: TextItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.4) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      const gap = item.x - end;
      if (text && gap > item.size * 0.15 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    const first = row[0] as TextItem;
    // Word writes a hyphen as a soft hyphen and U+2010 ("555-\u00AD\u2010 5555"): one plain hyphen.
    const clean = text
      .replace(/[-\u00AD\u2010\u2011]{2,}/g, '-')
      .replace(/\u00AD/g, '')
      .replace(/[\u2010\u2011]/g, '-');
    return { text: clean.replace(/\s+/g, ' ').trim(), x: first.x, y: first.y, size: Math.max(...row.map((i) => i.size)), page };
  });
}

const DATE_LIKE = /\b(?:19|20)\d{2}\b|\b(?:present|now|current)\b/i;

/**
 * Where a two-column page splits: an x that no item crosses, with enough text on both sides.
 * Items that cross it (a full-width name or header) are few; they are read first.
 */
function columnSplit(page: TextPage): number | null {
  const items = page.items;
  if (items.length < 12) return null;
  let best: { at: number; balance: number } | null = null;
  for (let at = page.width * 0.22; at <= page.width * 0.78; at += 4) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const item of items) {
      if (item.x + item.width <= at) left++;
      else if (item.x >= at) right++;
      else crossing++;
    }
    if (crossing > items.length * 0.08) continue;
    const balance = Math.min(left, right);
    if (balance >= items.length * 0.2 && (!best || balance > best.balance)) best = { at, balance };
  }
  if (!best) return null;
  const split = best.at;
  // Dates set flush right beside each role are no column of their own.
  const right = items.filter((i) => i.x >= split);
  if (right.filter((i) => DATE_LIKE.test(i.text)).length >= right.length * 0.6) return null;
  // Both sides must really run side by side: their heights overlap for most of the shorter one.
  const ys = (list: TextItem[]) => [Math.min(...list.map((i) => i.y)), Math.max(...list.map((i) => i.y))] as const;
  const [leftLow, leftHigh] = ys(items.filter((i) => i.x + i.width <= split));
  const [rightLow, rightHigh] = ys(items.filter((i) => i.x >= split));
  const overlap = Math.min(leftHigh, rightHigh) - Math.max(leftLow, rightLow);
  return overlap > 0.5 * Math.min(leftHigh - leftLow, rightHigh - rightLow) ? split : null;
}

/** The page's lines in reading order: full-width lines, then the left column, then the right. */
export function readingOrder(pages: TextPage[]): Line[] {
  return pages.flatMap((page, index) => {
    const split = columnSplit(page);
    if (split === null) return toLines(page.items, index);
    const spanning = page.items.filter((i) => i.x < split && i.x + i.width > split);
    const topOfColumns = Math.max(...page.items.filter((i) => !spanning.includes(i)).map((i) => i.y));
    const header = page.items.filter((i) => spanning.includes(i) || i.y > topOfColumns + 1);
    const rest = page.items.filter((i) => !header.includes(i));
    return [
      ...toLines(header, index),
      ...toLines(
        rest.filter((i) => i.x < split),
        index,
      ),
      ...toLines(
        rest.filter((i) => i.x >= split),
        index,
      ),
    ];
  });
}
