/** Map: world choropleth of events by country (world-atlas countries-110m, offline). */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from './api.js';
import { chartOn, echarts, escapeHtml } from './charts.js';
import { iso3Of } from './iso.js';
import { filterParams, type State } from './state.js';

interface Props {
  name: string;
  iso3: string;
}

let names: Map<string, string> | null = null;

type Ring = number[][];

/** rings that cross the antimeridian (Russia, Fiji) are clamped to ±180° instead of wrapping */
function fixRing(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!crosses) return ring;
  const east = ring.filter((p) => p[0] > 0).length * 2 >= ring.length;
  return ring.map(([x, y]) => [east ? (x < 0 ? 180 : x) : x > 0 ? -180 : x, y]);
}

function fixGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(fixRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((poly) => poly.map(fixRing)) };
  return g;
}

/** register the world map once; region names are ISO3 codes (or the atlas name when unknown) */
function registerWorld(): Map<string, string> {
  if (names) return names;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features: Array<Feature<Geometry, Props>> = fc.features
    .filter((f) => f.properties.name !== 'Antarctica')
    .map((f) => ({
      ...f,
      geometry: fixGeometry(f.geometry),
      properties: { name: f.properties.name, iso3: iso3Of(f.id, f.properties.name) ?? f.properties.name },
    }));
  names = new Map(features.map((f) => [f.properties.iso3, f.properties.name]));
  echarts.registerMap('world', { type: 'FeatureCollection', features } as never);
  return names;
}

export async function renderMap(state: State): Promise<void> {
  const el = document.getElementById('map-chart')!;
  const countryNames = registerWorld();
  const { countries } = await api.countries(filterParams(state.filters));
  const max = Math.max(1, ...countries.map((c) => c.events));
  const byCode = new Map(countries.map((c) => [c.country, c]));
  const chart = chartOn(el, 'svg');
  const narrow = el.clientWidth < 600;
  chart.setOption(
    {
      aria: { enabled: true },
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const { name } = p as { name: string };
          const c = byCode.get(name);
          const label = escapeHtml(countryNames.get(name) ?? name);
          return c
            ? `<b>${label}</b> (${escapeHtml(name)})<br>${c.events} events: ${c.conflict} conflict, ${c.cooperation} cooperation`
            : `<b>${label}</b><br>no events`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max,
        orient: narrow ? 'horizontal' : 'vertical',
        left: narrow ? 'center' : 8,
        bottom: 8,
        itemHeight: narrow ? 120 : 140,
        text: ['more', 'fewer'],
        calculable: true,
        inRange: { color: ['#fde0c5', '#f59e4c', '#c0392b', '#67000d'] },
      },
      series: [
        {
          type: 'map',
          map: 'world',
          nameProperty: 'iso3',
          roam: true,
          scaleLimit: { min: 1, max: 12 },
          itemStyle: { areaColor: '#e8ecf1', borderColor: '#9aa5b1', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#2c3e91' } },
          select: { disabled: true },
          data: countries.map((c) => ({ name: c.country, value: c.events })),
        },
      ],
    },
    { notMerge: true },
  );
  el.dataset.countries = String(countries.filter((c) => countryNames.has(c.country)).length);
}
