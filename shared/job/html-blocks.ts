import { decodeHTML } from 'entities/decode';

/**
 * Description markup reduced to the few structures a job description needs: headings,
 * paragraphs and list items, as plain text. The panel renders these as its own elements, so
 * nothing from the page (attributes, scripts, images, links) can reach the panel.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

// Elements whose content is never text for the reader.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'select', 'button', 'head', 'title']);
// Elements that end the current block when they open or close.
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'ul',
  'ol',
  'li',
  'br',
  'tr',
  'table',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'form',
  'fieldset',
  'label',
]);
const HEADING = /^h[1-6]$/;
const BOLD = new Set(['strong', 'b']);
// Lines written as bullets in plain text ("• Python", "- SQL", "* Go", "1. Rust").
const BULLET_LINE = /^(?:[•●▪■◦·*–-]|\d{1,2}[.)])\s+/;
// A short bold line such as "Requirements:" acts as a heading on sites that use no <h*> tags.
const MAX_BOLD_HEADING = 80;

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|([^<]+|<)/g;

export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let boldText = '';
  let skipping: string | null = null;
  let skipDepth = 0;
  const open: string[] = [];

  const kindNow = (): Block['kind'] => {
    for (let i = open.length - 1; i >= 0; i--) {
      const tag = open[i] as string;
      if (HEADING.test(tag)) return 'heading';
      if (tag === 'li') return 'item';
    }
    return 'paragraph';
  };

  const flush = () => {
    const clean = text.replace(/[\s\u00a0]+/g, ' ').trim();
    const bold = boldText.replace(/[\s\u00a0]+/g, ' ').trim();
    text = '';
    boldText = '';
    if (!clean) return;
    let kind = kindNow();
    let value = clean;
    if (kind === 'paragraph' && BULLET_LINE.test(clean)) {
      kind = 'item';
      value = clean.replace(BULLET_LINE, '');
    } else if (kind === 'paragraph' && bold === clean && clean.length <= MAX_BOLD_HEADING) {
      kind = 'heading';
    }
    blocks.push({ kind, text: value.replace(/:$/, kind === 'heading' ? '' : ':').trim() });
  };

  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawTag, chunk] = match;
    if (whole.startsWith('<!--')) continue;
    const tag = rawTag?.toLowerCase();
    if (skipping) {
      if (tag === skipping) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipping = null;
      continue;
    }
    if (chunk !== undefined) {
      // Text between tags, read as a browser reads it (legacy references such as "&nbsp" too).
      const decoded = decodeHTML(chunk);
      // Plain-text descriptions separate bullets and paragraphs by line breaks.
      const lines = decoded.split(/\n/);
      lines.forEach((line, i) => {
        if (i > 0 && (BULLET_LINE.test(line.trim()) || line.trim() === '' || BULLET_LINE.test(text.trim()))) flush();
        else if (i > 0) text += ' ';
        text += line;
        if (open.some((t) => BOLD.has(t))) boldText += (i > 0 ? ' ' : '') + line;
      });
      continue;
    }
    if (!tag) continue;
    if (SKIPPED.has(tag)) {
      if (!closing && !whole.endsWith('/>')) {
        skipping = tag;
        skipDepth = 1;
      }
      continue;
    }
    if (BLOCK.has(tag)) flush();
    if (whole.endsWith('/>') || tag === 'br' || tag === 'hr' || tag === 'img' || tag === 'input') continue;
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.length = at;
    } else {
      open.push(tag);
    }
  }
  flush();
  return blocks;
}

export function blocksToText(blocks: readonly Block[]): string {
  let out = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (i > 0) out += block.kind === 'item' && previous?.kind === 'item' ? '\n' : '\n\n';
    out += block.kind === 'item' ? `• ${block.text}` : block.text;
  });
  return out;
}
