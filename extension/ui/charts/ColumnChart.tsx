import { CHART_WIDTH } from './layout.ts';

export interface Column {
  /** Under the column ("W47"). */
  label: string;
  value: number;
}

const TOP = 16;
const PLOT_HEIGHT = 110;
const LEFT = 28;
const BOTTOM = 34;

/** Vertical columns over a labelled axis, each value written on its column. */
export function ColumnChart({
  title,
  columns,
  axisLabel,
  testId,
}: {
  title: string;
  columns: Column[];
  axisLabel: string;
  testId: string;
}) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = (CHART_WIDTH - LEFT) / Math.max(1, columns.length);
  const width = Math.max(4, slot * 0.62);
  const baseline = TOP + PLOT_HEIGHT;
  return (
    <svg
      className="chart"
      data-testid={testId}
      role="img"
      aria-label={title}
      viewBox={`0 0 ${CHART_WIDTH} ${baseline + BOTTOM}`}
      width="100%"
    >
      <title>{title}</title>
      <line className="chart-axis" x1={LEFT} y1={TOP} x2={LEFT} y2={baseline} />
      <line className="chart-axis" x1={LEFT} y1={baseline} x2={CHART_WIDTH} y2={baseline} />
      <text className="chart-tick" x={LEFT - 5} y={TOP} textAnchor="end" dominantBaseline="central">
        {max}
      </text>
      <text className="chart-tick" x={LEFT - 5} y={baseline} textAnchor="end" dominantBaseline="central">
        0
      </text>
      {columns.map((column, i) => {
        const height = Math.round((column.value / max) * PLOT_HEIGHT);
        const x = LEFT + i * slot + (slot - width) / 2;
        const centre = x + width / 2;
        return (
          <g key={column.label}>
            <rect className="chart-bar" data-testid={`${testId}-bar`} x={x} y={baseline - height} width={width} height={height} rx={2} />
            {column.value > 0 ? (
              <text className="chart-value" x={centre} y={baseline - height - 4} textAnchor="middle">
                {column.value}
              </text>
            ) : null}
            <text className="chart-tick" x={centre} y={baseline + 12} textAnchor="middle">
              {column.label}
            </text>
          </g>
        );
      })}
      <text className="chart-note" x={LEFT + (CHART_WIDTH - LEFT) / 2} y={baseline + 28} textAnchor="middle">
        {axisLabel}
      </text>
    </svg>
  );
}
