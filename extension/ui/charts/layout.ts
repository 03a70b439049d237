/**
 * Chart geometry shared by the panel's SVG charts. The viewBox is as wide as the panel's cards
 * (a 420 px panel leaves about 366 px inside a card), so 11 px text stays 11 px on screen.
 */
export const CHART_WIDTH = 360;
/** Characters a 100 px label column holds at 11 px before it would run into the bars. */
export const LABEL_CHARS = 15;

export function fitLabel(text: string, max = LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
