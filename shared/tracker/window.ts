/** The slice of a fixed-height list to render: rows `start` (inclusive) to `end` (exclusive). */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * Which rows a scrolled viewport shows, plus `overscan` rows either side so a fast scroll
 * does not flash blank space before the next render.
 */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan: number): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, last + overscan) };
}
