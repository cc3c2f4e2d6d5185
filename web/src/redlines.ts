/** Red lines board: each red line with holder, addressees, condition, status and its crossings. */
import type { ActorRef, RedLine } from '../../src/api/contract.js';
import { recognisable } from '../../src/model/redline.js';
import { api } from './api.js';
import { escapeHtml } from './charts.js';
import type { Filters, State } from './state.js';

const actor = (a: ActorRef | null) =>
  a
    ? `<span class="actor" title="${escapeHtml(a.code)}">${escapeHtml(a.name || a.code)} <small>${escapeHtml(a.code)}</small></span>`
    : '<span class="muted">unknown</span>';

const matchesActor = (a: ActorRef | null, q: string) => !!a && [a.code, a.country, a.org].includes(q);

/** the global filters that make sense for red lines: date range (stated or crossed) and actor */
export function keepRedLine(l: RedLine, f: Filters): boolean {
  const dates = [l.date, ...l.crossings.map((c) => c.date)];
  if (f.from && !dates.some((d) => d >= f.from || f.from.startsWith(d))) return false;
  if (f.to && !dates.some((d) => d <= f.to)) return false;
  if (f.actor && !matchesActor(l.holder, f.actor) && !l.addressees.some((a) => matchesActor(a, f.actor))) {
    const inCondition = [...l.condition.sources, ...l.condition.targets].some(
      (s) => s.split(':')[0] === f.actor,
    );
    if (!inCondition) return false;
  }
  return true;
}

/** why the tracker cannot flag this red line by itself, if it cannot */
function untracked(l: RedLine): string {
  const c = l.condition;
  if (c.negated) return ' Negated condition: it is met by something not happening, which no event shows.';
  if (!recognisable(c))
    return ' The condition’s act could not be coded, or is only words or protest, and it names no key term or actor: not tracked automatically.';
  return '';
}

function card(l: RedLine): string {
  const crossings = l.crossings.length
    ? `<ol class="crossings">${l.crossings
        .map(
          (c) => `<li class="crossing">
            <div><span class="badge status-${escapeHtml(c.status)}">${escapeHtml(c.status)}</span>
              <time>${escapeHtml(c.date)}</time> · <span class="lag">${c.lagDays} day${c.lagDays === 1 ? '' : 's'} later</span>
              · <a href="?view=events&event=${encodeURIComponent(c.eventId)}" data-event="${escapeHtml(c.eventId)}">${escapeHtml(c.eventId)}</a></div>
            <blockquote>${escapeHtml(c.evidence.text)}</blockquote>
            <p class="reason">${escapeHtml(c.reason)}</p></li>`,
        )
        .join('')}</ol>`
    : `<p class="muted">No crossing recorded.${untracked(l)}</p>`;
  return `<article class="redline" data-id="${escapeHtml(l.id)}" data-status="${escapeHtml(l.status)}">
    <header><span class="badge status-${escapeHtml(l.status)} status">${escapeHtml(l.status)}</span>
      <time>${escapeHtml(l.date)}</time></header>
    <p class="who">${actor(l.holder)} → ${l.addressees.length ? l.addressees.map(actor).join(', ') : '<span class="muted">no addressee</span>'}</p>
    <p class="condition"><strong>Condition:</strong> ${escapeHtml(l.condition.text)}</p>
    <p class="response"><strong>Threatened response:</strong> ${escapeHtml(l.response.text)} <small>(${escapeHtml(l.response.code)})</small></p>
    <details><summary>Statement</summary><blockquote>${escapeHtml(l.evidence.text)}</blockquote></details>
    <h3>Crossings (${l.crossings.length})</h3>${crossings}</article>`;
}

export async function renderRedLines(state: State, openEvent: (id: string) => void): Promise<void> {
  const board = document.getElementById('redlines-board')!;
  const { redLines } = await api.redlines();
  const shown = redLines.filter((l) => keepRedLine(l, state.filters));
  board.innerHTML = shown.length
    ? shown.map(card).join('')
    : '<p class="muted">No red lines match the filters.</p>';
  for (const a of board.querySelectorAll<HTMLAnchorElement>('a[data-event]')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      openEvent(a.dataset.event!);
    });
  }
}
