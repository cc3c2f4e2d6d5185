/** Redline dashboard: tabs, global filters (in the URL), and the five views. */
import './style.css';
import { api } from './api.js';
import { renderEvents } from './events.js';
import { renderMap } from './map.js';
import { renderNetwork, resizeNetwork } from './network.js';
import { renderRedLines } from './redlines.js';
import { readState, VIEWS, writeState, type State, type View } from './state.js';
import { renderTimeline } from './timeline.js';

let state: State = readState();
/** views rendered for the current filters; cleared when the filters change */
const fresh = new Set<View>();
let renderSeq = 0;

const form = document.getElementById('filters') as HTMLFormElement;
const errorBox = document.getElementById('error')!;

function showError(e: unknown): void {
  errorBox.textContent = e instanceof Error ? e.message : String(e);
  errorBox.hidden = false;
}

function fillForm(): void {
  const f = state.filters;
  (form.elements.namedItem('from') as HTMLInputElement).value = f.from;
  (form.elements.namedItem('to') as HTMLInputElement).value = f.to;
  (form.elements.namedItem('actor') as HTMLInputElement).value = f.actor;
  (form.elements.namedItem('modality') as HTMLSelectElement).value = f.modality;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=quadClass]')) {
    box.checked = f.quadClass.includes(Number(box.value));
  }
}

function readForm(): State['filters'] {
  const val = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
  return {
    from: val('from'),
    to: val('to'),
    actor: val('actor').toUpperCase(),
    modality: val('modality'),
    quadClass: [...form.querySelectorAll<HTMLInputElement>('input[name=quadClass]:checked')].map((b) =>
      Number(b.value),
    ),
  };
}

function setState(patch: Partial<State>, opts: { filtersChanged?: boolean } = {}): void {
  const viewChanged = patch.view !== undefined && patch.view !== state.view;
  state = { ...state, ...patch };
  if (opts.filtersChanged) fresh.clear();
  else if (!viewChanged) fresh.delete(state.view);
  writeState(state);
  void show();
}

async function renderView(view: View): Promise<void> {
  switch (view) {
    case 'timeline':
      return renderTimeline(state, (dyad) => setState({ dyad }));
    case 'map':
      return renderMap(state);
    case 'network':
      return renderNetwork(state);
    case 'events':
      return renderEvents(state, { setState: (p) => setState(p) });
    case 'redlines':
      return renderRedLines(state, (id) => setState({ view: 'events', event: id }));
  }
}

async function show(): Promise<void> {
  const view = state.view;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
    b.setAttribute('aria-selected', String(b.dataset.view === view));
  }
  for (const s of document.querySelectorAll<HTMLElement>('section.view')) s.hidden = s.dataset.view !== view;
  document.body.dataset.view = view;
  if (view === 'network') resizeNetwork();
  if (fresh.has(view)) return;
  const seq = ++renderSeq;
  const section = document.getElementById(`view-${view}`)!;
  section.setAttribute('aria-busy', 'true');
  section.dataset.ready = 'false';
  try {
    await renderView(view);
    fresh.add(view);
    errorBox.hidden = true;
  } catch (e) {
    showError(e);
  } finally {
    if (seq === renderSeq || state.view === view) {
      section.setAttribute('aria-busy', 'false');
      section.dataset.ready = 'true';
    }
  }
}

async function loadStats(): Promise<void> {
  try {
    const s = await api.stats();
    const range = s.dateRange ? ` · ${s.dateRange.from} – ${s.dateRange.to}` : '';
    document.getElementById('stats')!.textContent =
      `${s.events} events · ${s.articles} articles · ${s.redLines} red lines${range}`;
    const net = await api.network(new URLSearchParams());
    document.getElementById('actor-list')!.innerHTML = net.nodes
      .map((n) => `<option value="${n.id.replace(/[^A-Za-z0-9:_-]/g, '')}"></option>`)
      .join('');
  } catch (e) {
    showError(e);
  }
}

for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  b.addEventListener('click', () => setState({ view: b.dataset.view as View }));
}
form.addEventListener('change', () => setState({ filters: readForm(), offset: 0 }, { filtersChanged: true }));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  setState({ filters: readForm(), offset: 0 }, { filtersChanged: true });
});
document.getElementById('reset')!.addEventListener('click', () => {
  setState(
    { filters: { from: '', to: '', actor: '', modality: '', quadClass: [] }, offset: 0, q: '' },
    { filtersChanged: true },
  );
  fillForm();
});
document.getElementById('event-detail')!.addEventListener('detail-closed', () => {
  state = { ...state, event: '' };
  writeState(state);
});
window.addEventListener('popstate', () => {
  state = readState();
  fresh.clear();
  fillForm();
  void show();
});

if (!VIEWS.includes(state.view)) state.view = 'timeline';
fillForm();
void loadStats();
void show();
