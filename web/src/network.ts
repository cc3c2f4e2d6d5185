/** Network: actors as nodes, dyads as directed edges coloured by mean Goldstein (cytoscape). */
import cytoscape, { type Core } from 'cytoscape';
import { api } from './api.js';
import { filterParams, type State } from './state.js';

let cy: Core | null = null;

/** -10 (red) … 0 (grey) … +10 (green) */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number[], b: number[], k: number) => a.map((x, i) => Math.round(x + (b[i] - x) * k));
  const grey = [150, 150, 150];
  const rgb = t < 0 ? mix(grey, [192, 57, 43], -t) : mix(grey, [27, 120, 55], t);
  return `rgb(${rgb.join(',')})`;
}

export async function renderNetwork(state: State): Promise<void> {
  const el = document.getElementById('network-graph')!;
  const net = await api.network(filterParams(state.filters));
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  cy?.destroy();
  cy = cytoscape({
    container: el,
    elements: [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: n.label, size: 18 + 34 * Math.sqrt(n.events / maxNode), events: n.events },
      })),
      ...net.edges.map((e) => ({
        data: {
          id: `${e.source}>${e.target}`,
          source: e.source,
          target: e.target,
          color: goldsteinColor(e.meanGoldstein),
          width: 1.5 + 6 * (e.events / maxEdge),
          label: `${e.events} · ${e.meanGoldstein.toFixed(1)}`,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#2c3e91',
          color: '#1d2433',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 3,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.85,
        },
      },
      {
        selector: 'edge:selected, edge.hover',
        style: {
          label: 'data(label)',
          'font-size': 10,
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
    ],
    layout: net.nodes.length
      ? {
          name: 'cose',
          animate: false,
          randomize: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          padding: 24,
        }
      : { name: 'grid' },
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
  });
  cy.on('mouseover', 'edge', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'edge', (ev) => ev.target.removeClass('hover'));
  el.dataset.nodes = String(cy.nodes().length);
  el.dataset.edges = String(cy.edges().length);
  el.setAttribute(
    'aria-label',
    `Actor network: ${net.nodes.length} actors, ${net.edges.length} dyads` +
      (net.nodes.length ? ` (${net.nodes.map((n) => n.id).join(', ')})` : ''),
  );
}

/** cytoscape measures its container: call when the view becomes visible */
export function resizeNetwork(): void {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 24);
  }
}
