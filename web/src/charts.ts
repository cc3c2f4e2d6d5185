/** ECharts, tree-shaken: only the charts, components and renderers the dashboard uses. */
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };

export const QUAD_LABELS = [
  'Verbal cooperation',
  'Material cooperation',
  'Verbal conflict',
  'Material conflict',
];
export const QUAD_COLORS = ['#7fbf7b', '#1b7837', '#f4a259', '#c0392b'];

/** one chart per element, resized with the window */
export function chartOn(el: HTMLElement, renderer: 'canvas' | 'svg'): echarts.EChartsType {
  const existing = echarts.getInstanceByDom(el);
  if (existing) return existing;
  const chart = echarts.init(el, undefined, { renderer });
  new ResizeObserver(() => chart.resize()).observe(el);
  return chart;
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
