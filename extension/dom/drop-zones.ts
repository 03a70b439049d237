import { text } from './find-elements.ts';

/** Drop zones with no file input under them (files reach the page only by a drop event), and the question each one asks. */

// What a drop zone says to a person ("Drag and drop", "Drop your resume here").
const DROP_WORDS = /drag (and|&|or|n) drop|drop (your |a |the )?(file|resume|cv|document)s?( here)?|drop here/i;
// Dropzone.js marks the element it listens on `dz-clickable` (Teamtailor's CV box).
export const DROP_ZONE = '[class*="drop" i], [data-testid*="drop" i], [aria-label*="drop" i], [role="button"], .dz-clickable';

/** The innermost elements that invite a drop and hold no file input, among the collected elements. */
export function dropZones(all: Element[]): Element[] {
  const candidates = all.filter((el) => el.matches(DROP_ZONE));
  return candidates.filter(
    (z) =>
      DROP_WORDS.test(text(z)) &&
      !z.querySelector('input[type="file"]') &&
      !z.closest('label')?.querySelector('input[type="file"]') &&
      // The innermost zone only: its wrappers carry the same words.
      !candidates.some((inner) => inner !== z && z.contains(inner) && DROP_WORDS.test(text(inner))),
  );
}

/** The question of a drop zone: its aria-label, the caption just before it, else its own words. */
export function dropZoneLabel(zone: Element): string {
  const aria = zone.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const caption = text(zone.previousElementSibling);
  return caption && caption.length <= 80 ? caption : text(zone).slice(0, 200);
}
