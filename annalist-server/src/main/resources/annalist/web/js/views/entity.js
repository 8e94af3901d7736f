// People resolved across articles: the list, and one person with spellings, roles, quotes and events.
import { el, link, show, message } from '../dom.js';
import { get } from '../api.js';
import { heading, facts, pager, eventTable } from './common.js';

export async function entitiesView(parts, query) {
  const name = query.get('name') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const page = await get('entities', { name, limit: 50, offset });
  const input = el('input', { name: 'name', value: name, placeholder: 'a name, any spelling' });
  show(heading('People', 'Persons resolved across articles, under every spelling.'),
    el('form', { class: 'card filters', onsubmit: e => { e.preventDefault(); location.hash = '#/entities?' + new URLSearchParams({ name: input.value }); } },
      el('label', {}, 'Name', input), el('button', { type: 'submit' }, 'Find')),
    page.items.length ? el('table', { id: 'entity-table', class: 'data' },
      el('thead', {}, el('tr', {}, ['Name', 'Spellings', 'Country', 'Sector', 'Articles', 'Quotes'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(p => el('tr', {},
        el('td', {}, link('/entity/' + p.id, p.name)), el('td', {}, (p.variants ?? []).join(' · ')),
        el('td', {}, (p.countries ?? []).join(', ')), el('td', {}, (p.sectors ?? []).join(', ')),
        el('td', { class: 'number' }, p.article_count), el('td', { class: 'number' }, p.quote_count))))) : message('info', 'Nobody found.'),
    pager(page, next => { location.hash = '#/entities?' + new URLSearchParams({ name, offset: next }); }));
}

export async function entityView([id]) {
  const p = await get('entities/' + encodeURIComponent(id));
  show(heading(p.name, (p.titles ?? []).join(' · ')),
    el('div', { class: 'card' }, facts([['Spellings', p.variants], ['Country', p.countries], ['Sector', p.sectors],
      ['Titles', p.titles], ['Articles', p.article_count], ['Quotes', p.quote_count]])),
    el('h2', {}, `Quotes (${p.quotes.length})`),
    p.quotes.length ? el('ul', { class: 'quotes card', id: 'entity-quotes' }, p.quotes.map(q => el('li', { class: 'quote-row' },
      el('span', { class: 'quote-text' }, '“' + q.text + '”'),
      el('div', { class: 'quote-meta' }, q.date ?? '', ' · ', q.source ?? '', ' · ', link('/article/' + encodeURIComponent(q.article_id), q.article_id)))))
      : el('p', { class: 'empty' }, 'No quotes.'),
    el('h2', {}, `Events (${p.events.length})`), eventTable(p.events, 'entity-events'),
    el('h2', {}, 'In articles'),
    el('table', { class: 'data' }, el('thead', {}, el('tr', {}, ['Date', 'Article', 'Written as', 'Country', 'Sector', 'Title'].map(h => el('th', {}, h)))),
      el('tbody', {}, p.roles.map(r => el('tr', {}, el('td', {}, r.date ?? ''), el('td', {}, link('/article/' + encodeURIComponent(r.article_id), r.article_id)),
        el('td', {}, r.name), el('td', {}, r.country ?? ''), el('td', {}, r.sector ?? ''), el('td', {}, r.title ?? ''))))));
}
