// The event table with the filters of `annalist events`; the filters live in the route,
// so a filtered table can be bookmarked.
import { el, show } from '../dom.js';
import { get } from '../api.js';
import { heading, eventTable, pager } from './common.js';

const FILTERS = [
  ['actor', 'Actor', 'IRN or a name'], ['country', 'Country', 'AZE'], ['dyad', 'Dyad', 'IRN,AZE'],
  ['event', 'Event', 'CONSULT'], ['context', 'Context', 'military'], ['from', 'From', 'YYYY-MM-DD'],
  ['to', 'To', 'YYYY-MM-DD'], ['outlet', 'Outlet', 'Reuters'], ['min_confidence', 'Min. confidence', '0.5'],
];

export async function eventsView(parts, query) {
  const parameters = Object.fromEntries(FILTERS.map(([name]) => [name, query.get(name) ?? '']));
  const offset = Number(query.get('offset') ?? 0);
  const page = await get('events', { ...parameters, limit: 50, offset });
  const inputs = FILTERS.map(([name, label, placeholder]) =>
    el('label', {}, label, el('input', { name, id: 'filter-' + name, value: parameters[name], placeholder })));
  const go = (nextOffset, values = parameters) => {
    const route = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
    if (nextOffset) route.set('offset', nextOffset);
    location.hash = '#/events?' + route;
  };
  const form = el('form', { id: 'event-filters', class: 'card filters', onsubmit: event => {
    event.preventDefault();
    go(0, Object.fromEntries(new FormData(form)));
  } }, inputs, el('button', { type: 'submit' }, 'Filter'));
  const dyad = parameters.dyad.split(',').map(s => s.trim()).filter(Boolean);
  show(heading('Events', 'Merged events, newest first. Click an event to read its evidence.'),
    form,
    dyad.length === 2 ? el('p', {}, el('a', { href: `#/dyad/${dyad[0]}/${dyad[1]}` }, `Timeline of ${dyad[0]} – ${dyad[1]} →`)) : null,
    eventTable(page.items), pager(page, go));
}
