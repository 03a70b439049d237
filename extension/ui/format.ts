import type { JobCapture } from '../../shared/schemas/job.ts';

const PERIOD_LABEL = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' } as const;

export function formatSalary(salary: JobCapture['salary']): string {
  if (!salary || (salary.min === null && salary.max === null)) return '';
  const money = (n: number) =>
    salary.currency
      ? new Intl.NumberFormat(undefined, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(n)
      : n.toLocaleString();
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min)}–${money(salary.max)}`
      : money((salary.min ?? salary.max) as number);
  return salary.period ? `${range} / ${PERIOD_LABEL[salary.period]}` : range;
}
