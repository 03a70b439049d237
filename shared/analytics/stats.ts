/** A share of a whole, or null when there is nothing to divide by (the UI shows "–", never NaN). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The median of the values, or null for none. Sorts a copy. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** "38 %": whole percent, the way every analytics sentence states a rate. */
export function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}
