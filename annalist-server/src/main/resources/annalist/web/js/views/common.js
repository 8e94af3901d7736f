// Pieces several views share: the event table, the pager, page headings.
import { el, link, list } from '../dom.js';

export function heading(title, subtitle) {
  return el('div', { class: 'heading' }, el('h1', {}, title), subtitle ? el('p', { class: 'subtitle' }, subtitle) : null);
}

/** One side of an event: its codes, or the names when no code is known. */
export function side(names, codes) {
  const known = [...new Set((codes ?? []).filter(c => c))];
  return known.length ? known.join(', ') : list(names);
}

/** "actor → recipient", or the actors alone for a reciprocal event with both sides as actors. */
export function parties(e) {
  const recipients = side(e.recipient, e.recipient_code);
  return side(e.actor, e.actor_code) + (recipients ? ' → ' + recipients : '');
}

/** An event's confidence with two decimals; '—' when it was stored without one. */
export function confidence(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(2);
}

// A date as exactly as it is known: an event dated only to a month or year is stored as the period's first day.
export function datedAs(date, precision) {
  if (!date) return date;
  switch (precision) {
    case 'year': return date.slice(0, 4);
    case 'month': return date.slice(0, 7);
    case 'week': return 'week of ' + date;
    default: return date;
  }
}

export const CONFIDENCE_HELP = 'Estimated probability that the event is right (0–1); a merged event has the highest of its reports\'';

export function eventTable(events, id = 'event-table') {
  if (!events.length) return el('p', { class: 'empty' }, 'No events.');
  return el('table', { id, class: 'data' },
    el('thead', {}, el('tr', {}, ['Date', 'Event', 'Actor', 'Recipient', 'CAMEO', 'Goldstein', 'Confidence', 'Reports', 'Sentence']
      .map(h => el('th', h === 'Confidence' ? { title: CONFIDENCE_HELP } : {}, h)))),
    el('tbody', {}, events.map(e => el('tr', { class: 'event-row', 'data-event-id': e.id },
      el('td', { class: 'nowrap' }, e.date ?? '—'),
      el('td', { class: 'event-type' }, link('/event/' + e.id, e.event), e.mode ? el('span', { class: 'tag' }, e.mode) : null),
      el('td', { class: 'actor' }, el('span', { class: 'party', title: list(e.actor) }, side(e.actor, e.actor_code))),
      el('td', { class: 'recipient' }, el('span', { class: 'party', title: list(e.recipient) }, side(e.recipient, e.recipient_code))),
      el('td', {}, e.cameo ?? ''),
      el('td', { class: 'number' }, e.goldstein ?? ''),
      el('td', { class: 'number confidence' }, confidence(e.confidence)),
      el('td', { class: 'number', title: list(e.sources) }, e.report_count),
      el('td', { class: 'sentence' }, e.text ?? '')))));
}

/** Previous / next links for a page {total, limit, offset}; go(offset) shows another page. */
export function pager(page, go) {
  const last = Math.min(page.offset + page.limit, page.total);
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) }, '← Previous'),
    el('span', { class: 'pager-count' }, page.total === 0 ? 'nothing found' : `${page.offset + 1}–${last} of ${page.total}`),
    el('button', { type: 'button', disabled: last >= page.total, onclick: () => go(page.offset + page.limit) }, 'Next →'));
}

export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))
    .map(([k, v]) => [el('dt', {}, k), el('dd', {}, v instanceof Node ? v : Array.isArray(v) ? list(v) : String(v))]));
}
