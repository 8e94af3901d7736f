// Who interacts with whom: a small force-directed layout in plain SVG. Nodes are actor codes
// sized by their events; edges are actor → recipient pairs (arrows) or joint actors (plain lines),
// thicker with more events, green when their summed Goldstein score is cooperative and red when
// conflictual.
import { el, svg, show, message } from '../dom.js';
import { get } from '../api.js';
import { heading } from './common.js';

const WIDTH = 960;
const HEIGHT = 600;

/** Positions nodes by repulsion between all pairs and springs along edges; deterministic start on a circle. */
function layout(nodes, edges) {
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = WIDTH / 2 + 220 * Math.cos(angle);
    n.y = HEIGHT / 2 + 220 * Math.sin(angle);
  });
  const byId = new Map(nodes.map(n => [n.id, n]));
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const distance = Math.max(1, Math.hypot(dx, dy));
        const force = 9000 / (distance * distance);
        a.dx += (dx / distance) * force; a.dy += (dy / distance) * force;
        b.dx -= (dx / distance) * force; b.dy -= (dy / distance) * force;
      }
    }
    for (const e of edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      const distance = Math.max(1, Math.hypot(dx, dy));
      const force = (distance - 140) * 0.02;
      a.dx += (dx / distance) * force; a.dy += (dy / distance) * force;
      b.dx -= (dx / distance) * force; b.dy -= (dy / distance) * force;
    }
    for (const n of nodes) {
      n.dx += (WIDTH / 2 - n.x) * 0.01; n.dy += (HEIGHT / 2 - n.y) * 0.01;
      n.x = Math.min(WIDTH - 40, Math.max(40, n.x + Math.max(-20, Math.min(20, n.dx)) * cooling));
      n.y = Math.min(HEIGHT - 30, Math.max(30, n.y + Math.max(-20, Math.min(20, n.dy)) * cooling));
    }
  }
}

export async function networkView(parts, query) {
  const event = query.get('event') ?? '';
  const minConfidence = query.get('min_confidence') ?? '';
  const network = await get('network', { event, min_confidence: minConfidence, limit: 80 });
  const input = el('input', { name: 'event', value: event, placeholder: 'all event types' });
  const confidence = el('input', { name: 'min_confidence', value: minConfidence, placeholder: '0.5' });
  const form = el('form', { class: 'card filters', onsubmit: e => {
    e.preventDefault();
    location.hash = '#/network?' + new URLSearchParams({ event: input.value, min_confidence: confidence.value });
  } },
    el('label', {}, 'Event type', input), el('label', {}, 'Min. confidence', confidence), el('button', { type: 'submit' }, 'Show'));
  if (!network.edges.length) {
    show(heading('Actor network'), form, message('info', 'No events between coded actors yet.'));
    return;
  }
  const nodes = network.nodes.map(n => ({ ...n }));
  layout(nodes, network.edges);
  const byId = new Map(nodes.map(n => [n.id, n]));
  const most = Math.max(...network.edges.map(e => e.events));
  const picture = svg('svg', { id: 'network', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Actor network' },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 20, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8a94a0' }))),
    network.edges.map(e => {
      const a = byId.get(e.source), b = byId.get(e.target);
      const tone = e.goldstein > 0 ? 'edge-cooperation' : e.goldstein < 0 ? 'edge-conflict' : 'edge-neutral';
      const line = svg('line', { class: 'edge ' + tone, x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        'stroke-width': 1 + 5 * (e.events / most), ...(e.directed ? { 'marker-end': 'url(#arrow)' } : {}) },
        svg('title', {}, `${e.source} ${e.directed ? '→' : '–'} ${e.target}: ${e.events} ${e.directed ? 'events' : 'joint events'}, Goldstein ${e.goldstein}`));
      const anchor = svg('a', { href: `#/dyad/${e.source}/${e.target}` }, line);
      return anchor;
    }),
    nodes.map(n => svg('a', { href: `#/events?actor=${encodeURIComponent(n.id)}` },
      svg('g', { class: 'node', transform: `translate(${n.x},${n.y})` },
        svg('circle', { r: 10 + 14 * Math.sqrt(n.events / Math.max(...nodes.map(m => m.events))) }),
        svg('text', { 'text-anchor': 'middle', dy: '0.35em' }, n.id),
        svg('title', {}, `${n.id}: ${n.events} events`)))));
  show(heading('Actor network', 'Who acts on whom. Click a line for the pair’s timeline, a circle for its events.'), form,
    el('div', { class: 'card network' }, picture),
    el('p', { class: 'legend' }, el('span', { class: 'swatch edge-cooperation' }), ' cooperative (Goldstein > 0) ',
      el('span', { class: 'swatch edge-conflict' }), ' conflictual ', el('span', { class: 'swatch edge-neutral' }), ' neutral'));
}
