/** Remembered answers are keyed by the question's normalized text, so small wording changes still match. */
export function normalizeQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\*|\(required\)|\(optional\)/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
