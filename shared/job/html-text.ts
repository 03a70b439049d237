import { decodeHTMLStrict } from 'entities/decode';
import { blocksToText, htmlToBlocks } from './html-blocks.ts';

/**
 * Some sites entity-encode the markup inside JSON-LD ("&lt;p&gt;"): decode it once so its
 * tags are read as tags (and removed) rather than shown as text.
 */
export function unescapeEncodedMarkup(html: string): string {
  return /&lt;\/?[a-z][^&]*&gt;/i.test(html) ? decodeHTMLStrict(html) : html;
}

/**
 * Turns description markup into plain text without a DOM (JSON-LD descriptions are HTML
 * strings). Nothing of the markup survives, so the text is safe to show anywhere.
 */
export function htmlToText(html: string): string {
  return blocksToText(htmlToBlocks(unescapeEncodedMarkup(html)));
}
