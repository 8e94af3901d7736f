// Add articles: paste one, or upload .txt / .jsonl / .html files. Writes need the token the
// server printed at start-up; it is kept for this browser tab only (sessionStorage).
import { el, link, show, message } from '../dom.js';
import { get, submitArticles } from '../api.js';
import { heading } from './common.js';

export async function submitView() {
  const status = await get('status');
  const token = el('input', { id: 'submit-token', type: 'password', autocomplete: 'off', placeholder: 'printed by annalist serve',
    value: sessionStorage.getItem('annalist-token') ?? '' });
  const title = el('input', { id: 'submit-title', type: 'text', placeholder: 'optional' });
  const date = el('input', { id: 'submit-date', type: 'date' });
  const source = el('input', { id: 'submit-source', type: 'text', placeholder: 'outlet, optional' });
  const text = el('textarea', { id: 'submit-text', rows: 14, required: true, placeholder: 'Paste the article text here' });
  const files = el('input', { id: 'submit-files', type: 'file', multiple: true, accept: '.txt,.jsonl,.html,.htm' });
  const result = el('div', { id: 'submit-result' });
  const button = el('button', { id: 'submit-button', type: 'submit' }, 'Code and store');

  async function submit(event) {
    event.preventDefault();
    sessionStorage.setItem('annalist-token', token.value);
    let body;
    if (files.files.length) {
      body = new FormData();
      for (const file of files.files) body.append('file', file, file.name);
    } else if (text.value.trim()) {
      body = { text: text.value, title: title.value || null, date: date.value || null, source: source.value || null };
    } else {
      result.replaceChildren(message('error', 'Paste a text or choose files first.'));
      return;
    }
    button.disabled = true;
    result.replaceChildren(message('info', 'Coding… (a long article takes a few seconds)'));
    try {
      const answer = await submitArticles(body, token.value);
      result.replaceChildren(el('ul', { class: 'stored' }, answer.articles.map(a => el('li', { class: 'stored-article' },
        link('/article/' + encodeURIComponent(a.id), a.id), ` — ${a.result.toLowerCase()}: ${a.events} events, ${a.quotes} quotes, ${a.entities} entities`)),
        answer.rejected.map(r => el('li', { class: 'rejected' }, `${r.input}: ${r.reason} (${r.detail})`))));
    } catch (error) {
      result.replaceChildren(message('error', `${error.status ?? ''} ${error.message}`));
    } finally {
      button.disabled = false;
    }
  }

  show(
    heading('Add articles', `${status.articles} articles, ${status.events} events, ${status.quotes} quotes in the store · Annalist ${status.version}`),
    el('form', { id: 'submit-form', class: 'card form', onsubmit: submit },
      el('div', { class: 'row' },
        el('label', {}, 'Title', title), el('label', {}, 'Date', date), el('label', {}, 'Outlet', source)),
      el('label', {}, 'Article text', text),
      el('label', {}, 'Or upload files (.txt, .jsonl, .html)', files),
      el('div', { class: 'row end' }, el('label', { class: 'token' }, 'Write token', token), button)),
    result);
}
