import { CHART_WIDTH, fitLabel } from './layout.ts';

export interface HBar {
  label: string;
  /** Bar length as a share of the widest possible bar, 0–1. */
  fraction: number;
  /** The number written after the bar ("3 of 4 · 75 %"). */
  value: string;
  /** A muted line under the bar ("median 5 days to answer"). */
  note?: string;
}

const LABEL_WIDTH = 104;
const VALUE_WIDTH = 92;
const BAR_HEIGHT = 16;
const BAR_AREA = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** Horizontal bars with the label left, the value right of the bar, and an optional note beneath. */
export function HBarChart({ title, bars, testId }: { title: string; bars: HBar[]; testId: string }) {
  const rowHeight = bars.some((b) => b.note) ? 38 : 26;
  const height = bars.length * rowHeight + 4;
  return (
    <svg className="chart" data-testid={testId} role="img" aria-label={title} viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%">
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * rowHeight + 4;
        const width = Math.max(bar.fraction > 0 ? 2 : 0, Math.round(Math.min(1, bar.fraction) * BAR_AREA));
        return (
          <g key={bar.label} data-testid={`${testId}-row`}>
            <text className="chart-label" x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="central">
              {fitLabel(bar.label)}
            </text>
            <rect className="chart-track" x={LABEL_WIDTH} y={y} width={BAR_AREA} height={BAR_HEIGHT} rx={3} />
            <rect className="chart-bar" data-testid={`${testId}-bar`} x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx={3} />
            <text className="chart-value" x={LABEL_WIDTH + BAR_AREA + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="central">
              {bar.value}
            </text>
            {bar.note ? (
              <text className="chart-note" x={LABEL_WIDTH} y={y + BAR_HEIGHT + 11}>
                {bar.note}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
