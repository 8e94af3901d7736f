// Two countries over time: a Chart.js chart of event counts per type (stacked bars) and the
// summed Goldstein score (line), then the events between them.
import { el, show, message } from '../dom.js';
import { get } from '../api.js';
import { heading, eventTable, pager } from './common.js';

const PALETTE = ['#3b6ea8', '#d9822b', '#3a9a6b', '#b9474d', '#7a5ea8', '#8c6d46', '#c95fa0', '#6b7b8c', '#b0a135', '#3aa3b5'];

export async function dyadView([first, second], query) {
  const by = query.get('by') ?? 'month';
  const offset = Number(query.get('offset') ?? 0);
  const dyad = `${first},${second}`;
  // the chart and the table below it count the same events
  const minConfidence = query.get('min_confidence') ?? '';
  const [timeline, page] = await Promise.all([get('timeline', { dyad, by, min_confidence: minConfidence }),
    get('events', { dyad, min_confidence: minConfidence, limit: 25, offset })]);
  const canvas = el('canvas', { id: 'timeline-chart', 'aria-label': `Events between ${first} and ${second} per ${by}` });
  const go = (changes) => {
    location.hash = `#/dyad/${first}/${second}?` + new URLSearchParams({ by, min_confidence: minConfidence, ...changes });
  };
  const choose = el('select', { onchange: e => go({ by: e.target.value }) },
    ['week', 'month', 'year'].map(v => el('option', { value: v, selected: v === by }, v)));
  const confidence = el('input', { name: 'min_confidence', value: minConfidence, placeholder: '0.5', size: 4,
    onchange: e => go({ min_confidence: e.target.value }) });
  show(heading(`${first} – ${second}`, 'Events between the two, either direction.'),
    el('div', { class: 'card chart' }, el('div', { class: 'row end' }, el('label', {}, 'Per ', choose),
      el('label', {}, ' Min. confidence ', confidence)),
      timeline.periods.length ? el('div', { class: 'chart-box' }, canvas) : message('info', 'No dated events between them.')),
    el('h2', {}, 'Events'), eventTable(page.items),
    pager(page, next => go({ offset: next })));
  if (!timeline.periods.length || !window.Chart) return;
  new window.Chart(canvas, {
    data: {
      labels: timeline.periods.map(p => p.start),
      datasets: [
        ...timeline.eventTypes.map((type, i) => ({
          type: 'bar', label: type, stack: 'events', yAxisID: 'count', backgroundColor: PALETTE[i % PALETTE.length],
          data: timeline.periods.map(p => p.counts[type] ?? 0),
        })),
        { type: 'line', label: 'Goldstein (sum)', yAxisID: 'goldstein', borderColor: '#222', backgroundColor: '#222',
          data: timeline.periods.map(p => p.goldstein), tension: 0.2 },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        count: { type: 'linear', position: 'left', stacked: true, beginAtZero: true, title: { display: true, text: 'events' } },
        goldstein: { type: 'linear', position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } },
      },
    },
  });
}
