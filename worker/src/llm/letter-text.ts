import { type LetterDraft, LetterDraft as LetterDraftSchema } from '../../../shared/tailor/schema.ts';

/** A letter as the plain text a model streams: greeting, paragraphs and closing, blank lines between. */
export function letterToText(letter: LetterDraft): string {
  return [letter.greeting, ...letter.paragraphs, letter.closing].join('\n\n');
}

/** The streamed text back into a draft; null when it is not greeting + paragraphs + closing. */
export function parseLetterText(text: string): LetterDraft | null {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length < 3) return null;
  const parsed = LetterDraftSchema.safeParse({
    greeting: blocks[0],
    paragraphs: blocks.slice(1, -1),
    closing: blocks.at(-1),
  });
  return parsed.success ? parsed.data : null;
}
