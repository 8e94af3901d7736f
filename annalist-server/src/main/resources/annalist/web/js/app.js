// The workspace: a hash router over the views. Each route names a view and its arguments,
// e.g. #/event/12, #/dyad/IRN/AZE, #/events?event=CONSULT.
import { show, message } from './dom.js';
import { submitView } from './views/submit.js';
import { eventsView } from './views/events.js';
import { eventView } from './views/event.js';
import { articlesView, articleView } from './views/article.js';
import { entitiesView, entityView } from './views/entity.js';
import { dyadView } from './views/dyad.js';
import { networkView } from './views/network.js';
import { searchView } from './views/search.js';

const routes = {
  '': submitView,
  events: eventsView,
  event: eventView,
  articles: articlesView,
  article: articleView,
  entities: entitiesView,
  entity: entityView,
  dyad: dyadView,
  network: networkView,
  search: searchView,
};

async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, queryText] = hash.split('?');
  const [name, ...parts] = path.split('/').map(decodeURIComponent);
  const view = routes[name] ?? null;
  document.querySelectorAll('header nav a').forEach(a => {
    a.classList.toggle('active', a.getAttribute('href') === '#/' + name);
  });
  if (!view) {
    show(message('error', 'No such page: ' + hash));
    return;
  }
  try {
    await view(parts, new URLSearchParams(queryText ?? ''));
  } catch (error) {
    show(message('error', error.message));
  }
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = '#/search?' + new URLSearchParams({ q });
});

window.addEventListener('hashchange', route);
route();
