import type { JobCapture } from '../../shared/schemas/job.ts';

const PERIOD_LABEL = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' } as const;

export function formatSalary(salary: JobCapture['salary']): string {
  if (!salary || (salary.min === null && salary.max === null)) return '';
  // Cents where the pay has them ("$24.10 / hour", both ends of a range alike), none on round amounts ("$120,000").
  const digits = [salary.min, salary.max].some((n) => n !== null && !Number.isInteger(n)) ? 2 : 0;
  const money = (n: number) =>
    salary.currency
      ? new Intl.NumberFormat(undefined, {
          style: 'currency',
          currency: salary.currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(n)
      : n.toLocaleString();
  const range =
    salary.min !== null && salary.max !== null
      ? salary.min === salary.max
        ? money(salary.min)
        : `${money(salary.min)}–${money(salary.max)}`
      : salary.max === null
        ? `From ${money(salary.min as number)}`
        : `Up to ${money(salary.max)}`;
  return salary.period ? `${range} / ${PERIOD_LABEL[salary.period]}` : range;
}
