import type { TopLevelSpec } from 'vega-lite';
import type { AuditFigures } from './audit-figures.ts';

/** The report's charts, each an SVG drawn by Vega from a Vega-Lite spec in this process: nothing is fetched. */
export interface ReportCharts {
  byStatus: string;
  byPlatform: string;
  verdicts: string | null;
}

const WIDTH = 640;
const STATUS_ORDER = ['answered', 'needs_detail', 'no_guidance', 'out_of_scope', 'outside_jurisdiction'];

export async function reportCharts(figures: AuditFigures): Promise<ReportCharts> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const draw = async (spec: TopLevelSpec) => {
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
  const overTime = (color: 'status' | 'platform', title: string): TopLevelSpec => ({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: WIDTH,
    height: 200,
    data: { values: figures.perDay },
    mark: 'bar',
    encoding: {
      x: { field: 'day', type: 'ordinal', title: 'Day', axis: { labelAngle: -45 } },
      y: { aggregate: 'sum', field: 'count', type: 'quantitative', title: 'Questions' },
      color: { field: color, type: 'nominal', title: color === 'status' ? 'Status' : 'Platform', ...(color === 'status' ? { sort: STATUS_ORDER } : {}) },
    },
  });
  const verdictRows = Object.entries(figures.verdicts).map(([verdict, count]) => ({ verdict, count }));
  return {
    byStatus: await draw(overTime('status', 'Questions per day, by status')),
    byPlatform: await draw(overTime('platform', 'Questions per day, by platform')),
    verdicts:
      verdictRows.length > 0
        ? await draw({
            $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
            title: 'Verdicts given',
            width: WIDTH,
            height: 160,
            data: { values: verdictRows },
            mark: 'bar',
            encoding: {
              y: { field: 'verdict', type: 'nominal', title: null, sort: '-x' },
              x: { field: 'count', type: 'quantitative', title: 'Answers' },
            },
          })
        : null,
  };
}
