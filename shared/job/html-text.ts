import { blocksToText, htmlToBlocks } from './html-blocks.ts';
import { decodeEntities } from './html-text-entities.ts';

export { decodeEntities };

/**
 * Turns description markup into plain text without a DOM (JSON-LD descriptions are HTML
 * strings). Nothing of the markup survives, so the text is safe to show anywhere.
 */
export function htmlToText(html: string): string {
  // Some sites entity-encode the markup inside JSON-LD ("&lt;p&gt;"): decode it once so the
  // tags are removed rather than shown as text.
  const markup = /&lt;\/?[a-z][^&]*&gt;/i.test(html) ? decodeEntities(html) : html;
  return blocksToText(htmlToBlocks(markup));
}
