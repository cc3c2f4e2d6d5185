/** Timeline: events per day stacked by quad class, the escalation index of one dyad, dataZoom. */
import { api } from './api.js';
import { chartOn, escapeHtml, QUAD_COLORS, QUAD_LABELS } from './charts.js';
import { filterParams, type State } from './state.js';

export async function renderTimeline(state: State, onDyad: (dyad: string) => void): Promise<void> {
  const el = document.getElementById('timeline-chart')!;
  const select = document.getElementById('dyad') as HTMLSelectElement;
  const params = filterParams(state.filters);
  const [tl, net] = await Promise.all([api.timeline(params), api.network(params)]);

  const dyads = [...net.edges].sort((a, b) => b.events - a.events).slice(0, 40);
  const keys = dyads.map((d) => `${d.source}>${d.target}`);
  let dyad = state.dyad;
  if (!keys.includes(dyad)) dyad = keys[0] ?? '';
  select.innerHTML =
    (dyad ? '' : '<option value="">(no dyad)</option>') +
    dyads
      .map((d) => {
        const k = `${d.source}>${d.target}`;
        return `<option value="${escapeHtml(k)}">${escapeHtml(d.source)} → ${escapeHtml(d.target)} (${d.events})</option>`;
      })
      .join('');
  select.value = dyad;
  select.onchange = () => onDyad(select.value);

  const escalation = new Map<string, number>();
  if (dyad) {
    const [source, target] = dyad.split('>');
    const sp = filterParams(state.filters);
    sp.set('source', source);
    sp.set('target', target);
    const series = (await api.series(sp)).series.find((s) => s.source === source && s.target === target);
    for (const p of series?.points ?? []) escalation.set(p.date, Math.round(p.escalation * 1000) / 1000);
  }

  const dates = tl.days.map((d) => d.date);
  const chart = chartOn(el, 'canvas');
  const escName = dyad ? `Escalation index ${dyad.replace('>', ' → ')}` : 'Escalation index';
  chart.setOption(
    {
      aria: { enabled: true, decal: { show: false } },
      animation: false,
      color: [...QUAD_COLORS, '#2c3e91'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll', data: [...QUAD_LABELS, escName] },
      grid: { left: 48, right: 48, top: 56, bottom: 72 },
      xAxis: { type: 'category', data: dates },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'escalation', min: 0, max: 1, splitLine: { show: false } },
      ],
      dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 16 }],
      series: [
        ...QUAD_LABELS.map((name, i) => ({
          name,
          type: 'bar' as const,
          stack: 'quad',
          data: tl.days.map((d) => d.byQuad[i]),
        })),
        {
          name: escName,
          type: 'line' as const,
          yAxisIndex: 1,
          connectNulls: false,
          showSymbol: false,
          data: dates.map((d) => escalation.get(d) ?? null),
        },
      ],
    },
    { notMerge: true },
  );
  el.dataset.days = String(dates.length);
  el.dataset.dyad = dyad;
  if (!dates.length) el.dataset.empty = 'true';
  else delete el.dataset.empty;
}
