// Full-text search results: article sentences and quotes with the matched words marked.
import { el, link, show, highlighted, message } from '../dom.js';
import { get } from '../api.js';
import { heading } from './common.js';

export async function searchView(parts, query) {
  const q = query.get('q') ?? '';
  document.getElementById('search-input').value = q;
  const result = await get('search', { q, limit: 50 });
  show(heading(`Search: ${q}`, `${result.items.length} hits${result.items.length === 50 ? ' (first 50)' : ''}`),
    result.items.length ? el('ol', { class: 'hits', id: 'search-hits' }, result.items.map(hit => el('li', { class: 'card hit' },
      el('div', { class: 'hit-head' }, el('span', { class: 'tag' }, hit.kind), ' ',
        link('/article/' + encodeURIComponent(hit.articleId), hit.title ?? hit.articleId),
        ' · ', [hit.source, hit.date].filter(Boolean).join(' · '),
        hit.speaker ? el('span', {}, ' · said by ', el('strong', {}, hit.speaker)) : null),
      hit.highlights.map(h => el('p', { class: 'hit-text' }, highlighted(h)))))) : message('info', 'Nothing found.'));
}
