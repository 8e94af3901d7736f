// Articles: the list, and one article with its quotes marked and linked to their speakers.
import { el, link, show, markedText, message } from '../dom.js';
import { get } from '../api.js';
import { heading, facts, pager, parties, confidence } from './common.js';

export async function articlesView(parts, query) {
  const offset = Number(query.get('offset') ?? 0);
  const page = await get('articles', { limit: 50, offset });
  show(heading('Articles', 'Newest first, with what was coded in each.'),
    page.items.length ? el('table', { id: 'article-table', class: 'data' },
      el('thead', {}, el('tr', {}, ['Date', 'Outlet', 'Title', 'Events', 'Quotes', 'Entities'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.items.map(a => el('tr', {},
        el('td', { class: 'nowrap' }, a.date ?? '—'), el('td', {}, a.source ?? ''),
        el('td', {}, link('/article/' + encodeURIComponent(a.id), a.title ?? a.id)),
        el('td', { class: 'number' }, a.event_count), el('td', { class: 'number' }, a.quote_count),
        el('td', { class: 'number' }, a.entity_count))))) : message('info', 'No articles yet: add one first.'),
    pager(page, next => { location.hash = '#/articles?offset=' + next; }));
}

function speakerLink(q) {
  const name = q.speaker ?? q.speaker_name;
  if (!name) return el('span', { class: 'quote-speaker unknown' }, 'speaker unknown');
  return q.speaker_id !== null && q.speaker_id !== undefined
    ? el('a', { class: 'quote-speaker', href: '#/entity/' + q.speaker_id }, name)
    : el('span', { class: 'quote-speaker' }, name);
}

export async function articleView([id]) {
  const a = await get('articles/' + encodeURIComponent(id));
  const quoteMarks = a.quotes.map(q => ({ start: q.start_offset, end: q.end_offset, kind: 'quote', quote: q }));
  const text = markedText(a.text, quoteMarks, (mark, words) => el('mark', {
    class: 'mark-quote', id: 'quote-' + mark.quote.id, title: 'said by ' + (mark.quote.speaker ?? mark.quote.speaker_name ?? 'unknown'),
  }, words, el('sup', {}, speakerLink(mark.quote))));
  show(
    heading(a.title ?? a.id, [a.source, a.date, a.author].filter(Boolean).join(' · ')),
    el('div', { class: 'columns' },
      el('section', { class: 'card article-text', id: 'article-text' }, a.text.split(/(\n+)/).length > 1 ? paragraphs(text) : text),
      el('aside', {},
        el('div', { class: 'card' }, el('h2', {}, `Quotes (${a.quotes.length})`),
          a.quotes.length ? el('ul', { id: 'quote-list', class: 'quotes' }, a.quotes.map(q => el('li', { class: 'quote-row', 'data-quote-id': q.id },
            el('a', { class: 'quote-text', href: '#/article/' + encodeURIComponent(a.id), onclick: e => { e.preventDefault(); document.getElementById('quote-' + q.id)?.scrollIntoView({ block: 'center' }); } },
              '“' + q.text + '”'),
            el('div', { class: 'quote-meta' }, '— ', speakerLink(q), q.attribution ? el('span', { class: 'tag' }, q.attribution) : null))))
            : el('p', { class: 'empty' }, 'No quotes attributed.')),
        el('div', { class: 'card' }, el('h2', {}, `Events (${a.events.length})`),
          el('ul', { class: 'events' }, a.events.map(e => el('li', {},
            link('/event/' + e.event_id, e.event), ' ', parties(e),
            el('div', { class: 'trigger' }, 'trigger: ', e.trigger_text ?? '—', ' · rule ', el('code', {}, e.rule ?? '—'),
              ' · confidence ', confidence(e.confidence)))))),
        el('div', { class: 'card' }, el('h2', {}, 'Entities'), facts(
          a.entities.filter(e => e.type).map(e => [e.type.toLowerCase(), e.person_id !== null ? link('/entity/' + e.person_id, e.name) : e.name + (e.code ? ` (${e.code})` : '')]))),
        el('div', { class: 'card' }, facts([['Article id', a.id], ['URL', a.url], ['Origin', a.origin], ['Sentences', a.sentence_count]])))));
}

/** Splits the marked text into paragraphs at blank lines, keeping marks whole. */
function paragraphs(parts) {
  const result = [];
  let current = el('p');
  for (const part of parts) {
    if (typeof part !== 'string') { current.append(part); continue; }
    const pieces = part.split(/\n\s*\n|\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) { result.push(current); current = el('p'); }
      if (piece) current.append(document.createTextNode(piece));
    });
  }
  result.push(current);
  return result.filter(p => p.childNodes.length);
}
