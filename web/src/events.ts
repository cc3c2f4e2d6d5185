/** Events table (sortable, filterable, paged) and the event detail with highlighted evidence. */
import type { EventDetail, Span } from '../../src/api/contract.js';
import { api } from './api.js';
import { escapeHtml, QUAD_LABELS } from './charts.js';
import { filterParams, type State } from './state.js';

export const PAGE_SIZE = 25;
const PRIORITY: Span['kind'][] = ['trigger', 'source', 'target', 'condition', 'evidence'];
const KIND_LABEL: Record<Span['kind'], string> = {
  source: 'source',
  trigger: 'trigger (verb)',
  target: 'target',
  condition: 'condition',
  evidence: 'evidence',
};

export interface TableHooks {
  setState: (patch: Partial<State>) => void;
}

const actorLabel = (a: { code: string; name: string } | null) =>
  a ? `<span title="${escapeHtml(a.name)}">${escapeHtml(a.code)}</span>` : '<span class="muted">—</span>';

export async function renderEvents(state: State, hooks: TableHooks): Promise<void> {
  const params = filterParams(state.filters);
  if (state.q) params.set('q', state.q);
  params.set('sort', state.sort);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(state.offset));
  const list = await api.events(params);
  const tbody = document.querySelector<HTMLTableSectionElement>('#events-table tbody')!;
  tbody.innerHTML = list.rows.length
    ? list.rows
        .map(
          (
            e,
          ) => `<tr tabindex="0" data-id="${escapeHtml(e.id)}"${e.id === state.event ? ' aria-selected="true"' : ''}>
            <td class="nowrap">${escapeHtml(e.date)}</td><td>${actorLabel(e.source)}</td>
            <td title="${escapeHtml(e.plover.type)}">${escapeHtml(e.code)}</td><td>${actorLabel(e.target)}</td>
            <td class="num">${e.goldstein.toFixed(1)}</td>
            <td><span class="quad q${e.quadClass}" title="${QUAD_LABELS[e.quadClass - 1]}">${e.quadClass}</span></td>
            <td><span class="badge mod-${escapeHtml(e.modality)}">${escapeHtml(e.modality)}</span></td>
            <td class="ev-col">${escapeHtml(e.evidence.text)}</td></tr>`,
        )
        .join('')
    : '<tr class="empty"><td colspan="8">No events match the filters.</td></tr>';
  for (const tr of tbody.querySelectorAll<HTMLTableRowElement>('tr[data-id]')) {
    const open = () => hooks.setState({ event: tr.dataset.id! });
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
      }
    });
  }
  const last = Math.min(list.total, state.offset + list.rows.length);
  document.getElementById('page-info')!.textContent = list.total
    ? `${state.offset + 1}–${last} of ${list.total}`
    : '0 events';
  const prev = document.getElementById('prev') as HTMLButtonElement;
  const next = document.getElementById('next') as HTMLButtonElement;
  prev.disabled = state.offset === 0;
  next.disabled = last >= list.total;
  prev.onclick = () => hooks.setState({ offset: Math.max(0, state.offset - PAGE_SIZE) });
  next.onclick = () => hooks.setState({ offset: state.offset + PAGE_SIZE });
  for (const th of document.querySelectorAll<HTMLTableCellElement>('#events-table th[data-sort]')) {
    const key = th.dataset.sort!;
    th.setAttribute(
      'aria-sort',
      state.sort === key ? 'ascending' : state.sort === `-${key}` ? 'descending' : 'none',
    );
    th.querySelector('button')!.onclick = () =>
      hooks.setState({ sort: state.sort === `-${key}` ? key : `-${key}`, offset: 0 });
  }
  const q = document.getElementById('q') as HTMLInputElement;
  if (document.activeElement !== q) q.value = state.q;
  q.onchange = () => hooks.setState({ q: q.value.trim(), offset: 0 });
  await renderDetail(state.event);
}

/** article text split at span boundaries; each piece lists the spans covering it */
export function highlight(text: string, spans: Span[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = escapeHtml(text.slice(a, b));
    const kinds = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind);
    if (!kinds.length) {
      html += piece;
      continue;
    }
    const top = PRIORITY.find((k) => kinds.includes(k))!;
    const tag = top === 'evidence' ? 'span' : 'mark';
    html += `<${tag} class="hl hl-${top}" data-kinds="${kinds.join(' ')}" title="${kinds.map((k) => KIND_LABEL[k]).join(', ')}">${piece}</${tag}>`;
  }
  return html;
}

function detailHtml(d: EventDetail): string {
  const e = d.event;
  const text = d.article?.text ?? e.evidence.text;
  const spans = d.article
    ? d.spans
    : d.spans.map((s) => ({ ...s, start: s.start - e.evidence.start, end: s.end - e.evidence.start }));
  const legend = (['source', 'trigger', 'target', 'condition'] as const)
    .map((k) => `<span class="hl hl-${k}">${KIND_LABEL[k]}</span>`)
    .join(' ');
  const title = d.article?.title ?? e.articleId;
  const url = d.article?.url;
  return `<header><h2>${escapeHtml(title)}</h2>
    <button type="button" class="close" aria-label="Close">×</button></header>
    <dl class="meta">
      <dt>Event</dt><dd>${escapeHtml(e.id)} · ${escapeHtml(e.date)}</dd>
      <dt>Code</dt><dd>${escapeHtml(e.code)} (${escapeHtml(e.plover.type)}) · Goldstein ${e.goldstein.toFixed(1)} · ${QUAD_LABELS[e.quadClass - 1]}</dd>
      <dt>Rule</dt><dd><code class="rule">${escapeHtml(d.rule)}</code></dd>
      <dt>Modality</dt><dd><span class="badge mod-${escapeHtml(d.modality)} modality">${escapeHtml(d.modality)}</span></dd>
      <dt>Source</dt><dd>${escapeHtml(d.article?.outlet ?? '—')} ${d.article?.published ? `· ${escapeHtml(d.article.published)}` : ''}
        ${url && /^https?:\/\//.test(url) ? `· <a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">article</a>` : ''}</dd>
    </dl>
    <p class="legend">${legend}</p>
    <div class="article-text">${highlight(text, spans)}</div>`;
}

export async function renderDetail(id: string): Promise<void> {
  const box = document.getElementById('event-detail')!;
  if (!id) {
    box.hidden = true;
    box.innerHTML = '';
    return;
  }
  const d = await api.event(id);
  box.innerHTML = detailHtml(d);
  box.hidden = false;
  box.dataset.event = id;
  box.querySelector<HTMLButtonElement>('.close')!.onclick = () => {
    box.hidden = true;
    box.dispatchEvent(new CustomEvent('detail-closed', { bubbles: true }));
  };
}
