import { describe, expect, it } from 'vitest';
import { visibleRows } from './window.ts';

describe('visibleRows', () => {
  it('renders the rows in the viewport plus the overscan either side', () => {
    expect(visibleRows(0, 400, 64, 5000, 4)).toEqual({ start: 0, end: 11 });
    // Scrolled to row 100 (6400 px): rows 100–106 are in view, 96–110 rendered.
    expect(visibleRows(6400, 400, 64, 5000, 4)).toEqual({ start: 96, end: 111 });
  });

  it('stays inside the list at its end and when it is short', () => {
    expect(visibleRows(64 * 4990, 640, 64, 5000, 4)).toEqual({ start: 4986, end: 5000 });
    expect(visibleRows(0, 400, 64, 2, 4)).toEqual({ start: 0, end: 2 });
    expect(visibleRows(0, 400, 64, 0, 4)).toEqual({ start: 0, end: 0 });
  });

  it('treats a negative scroll (overscroll bounce) as the top', () => {
    expect(visibleRows(-50, 128, 64, 100, 0)).toEqual({ start: 0, end: 2 });
  });
});
