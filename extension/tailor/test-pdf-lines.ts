import { nodePdfJs } from '../profile/node-pdfjs.ts';
import { pdfTextPages } from '../profile/pdf-text.ts';

/** A PDF's text as a reader sees it, for tests: its lines top to bottom (pieces on one baseline joined). */
export async function pdfLines(bytes: Uint8Array): Promise<{ totalPages: number; lines: string[]; text: string }> {
  const { pages, totalPages } = await pdfTextPages(nodePdfJs, bytes);
  const lines = pages.flatMap((p) => {
    const byLine = new Map<number, string[]>();
    for (const item of p.items) {
      const y = Math.round(item.y);
      byLine.set(y, [...(byLine.get(y) ?? []), item.text]);
    }
    return [...byLine.entries()].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.join(' ').replace(/\s+/g, ' ').trim());
  });
  return { totalPages, lines, text: lines.join('\n') };
}
