import type { FunnelStage } from '../../../shared/analytics/funnel.ts';
import { percent } from '../../../shared/analytics/stats.ts';
import { HBarChart } from './HBarChart.tsx';

/** Saved → applied → interview → offer as bars against the saved count, each with its conversion. */
export function FunnelChart({ stages }: { stages: FunnelStage[] }) {
  const top = Math.max(1, stages[0]?.count ?? 0);
  const title = `Funnel: ${stages
    .map((s, i) => `${s.label} ${s.count}${i > 0 ? ` (${percent(s.conversion)} of ${stages[i - 1]?.label.toLowerCase()})` : ''}`)
    .join(', ')}`;
  return (
    <HBarChart
      testId="funnel-chart"
      title={title}
      bars={stages.map((s, i) => ({
        label: s.label,
        fraction: s.count / top,
        value: i === 0 ? String(s.count) : `${s.count} · ${percent(s.conversion)}`,
      }))}
    />
  );
}
