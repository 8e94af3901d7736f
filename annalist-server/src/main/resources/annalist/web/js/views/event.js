// One event and all its reports: each source sentence with the trigger, actor and recipient
// marked, the rule that fired, and a link to the article.
import { el, link, show, markedText, list } from '../dom.js';
import { get } from '../api.js';
import { heading, facts, parties, confidence, datedAs, CONFIDENCE_HELP } from './common.js';

function legend() {
  return el('p', { class: 'legend' }, el('mark', { class: 'mark-trigger' }, 'trigger'), ' ',
    el('mark', { class: 'mark-actor' }, 'actor'), ' ', el('mark', { class: 'mark-recipient' }, 'recipient'));
}

// "Farid Aliyev (AZE)"; a party no words name (a domestic event's own country) by its code alone
function partyLabel(p) {
  return p.name ? p.name + (p.code ? ` (${p.code})` : '') : (p.code ?? '—');
}

function report(r) {
  const marks = r.marks.map(m => ({ ...m, title: m.kind + (m.name ? ': ' + m.name : '') }));
  return el('article', { class: 'card report' },
    el('header', {}, el('strong', {}, r.source ?? 'unknown outlet'), ' · ', datedAs(r.date, r.date_precision) ?? 'undated', ' · ',
      link('/article/' + encodeURIComponent(r.article_id), r.title ?? r.article_id)),
    el('blockquote', { class: 'sentence-evidence' }, markedText(r.text, marks)),
    facts([['Rule', el('code', {}, r.rule ?? '—')], ['Trigger', r.trigger_text], ['CAMEO', r.cameo], ['Confidence', confidence(r.confidence)],
      ['Actors', r.parties.filter(p => p.role === 'actor').map(partyLabel)],
      ['Recipients', r.parties.filter(p => p.role === 'recipient').map(partyLabel)],
      ['In quote', r.quote_id], ['Sentence', r.sentence_index + 1]]));
}

export async function eventView([id]) {
  const e = await get('events/' + encodeURIComponent(id));
  const codes = [...new Set([...(e.actor_code ?? []), ...(e.recipient_code ?? [])].filter(Boolean))];
  show(
    heading(`${e.event}: ${parties(e)}`, datedAs(e.date, e.date_precision) + (e.last_date && e.last_date !== e.date ? ' – ' + e.last_date : '')),
    el('div', { class: 'card' }, facts([
      ['Actor', list(e.actor)], ['Recipient', list(e.recipient)], ['Mode', e.mode], ['Context', e.context], ['CAMEO', e.cameo],
      ['Goldstein', e.goldstein], ['Confidence', el('span', { title: CONFIDENCE_HELP }, confidence(e.confidence))], ['PLOVER scale', e.event_scale], ['Where', e.event_loc], ['Sources', e.sources],
      ['Reports', e.report_count],
      ['Dyad', codes.length >= 2 ? link(`/dyad/${codes[0]}/${codes[1]}`, `${codes[0]} – ${codes[1]} timeline`) : null]])),
    el('h2', {}, `Reports (${e.reports.length})`), legend(),
    e.reports.map(report));
}
