/**
 * A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break, quotes
 * doubled. Text a spreadsheet would run as a formula gets a leading apostrophe (see FORMULA).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Starts of text that Excel, Sheets and LibreOffice read as a formula. Job titles and
 * companies come from web pages, so a page could otherwise plant a formula in the user's sheet.
 */
const FORMULA: RegExp[] = [
  // "=HYPERLINK(…)", "=cmd|…": the classic formula injection.
  /^=/,
  // "+1+cmd…": a leading plus is evaluated too.
  /^\+/,
  // "@SUM(…)": Lotus-style function calls.
  /^@/,
  // "-2+3": a minus starts a formula, but "- call back" (a list item in notes) does not.
  /^-[^\s]/,
  // A tab or carriage return first: some importers strip it and then read a formula.
  /^[\t\r]/,
];

function defuse(text: string): string {
  return FORMULA.some((start) => start.test(text)) ? `'${text}` : text;
}

/** Rows as CSV text, CRLF line ends, each row ended. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
