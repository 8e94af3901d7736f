// Building the page from data, safely: every string from the API becomes a text node
// (textContent), never HTML. No function here parses markup.

/** An element with attributes and children; strings and numbers become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An SVG element (the network), with the same rules. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** A link to a route of the workspace. */
export function link(route, ...children) {
  return el('a', { href: '#' + route }, ...children);
}

/** Replaces the view's content. */
export function show(...children) {
  const view = document.getElementById('view');
  view.replaceChildren();
  append(view, children);
}

/**
 * Text with some stretches marked: marks are {start, end, kind, title?} in character offsets of
 * text; overlapping marks are cut so the earlier one wins. Each stretch is a text node inside a
 * <mark class="mark-KIND">.
 */
export function markedText(text, marks, makeMark) {
  const sorted = [...marks].filter(m => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const node = makeMark ? makeMark(mark, text.slice(mark.start, mark.end))
      : el('mark', { class: 'mark-' + mark.kind, title: mark.title }, text.slice(mark.start, mark.end));
    parts.push(node);
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Search highlights come with matched words between « and »: those become <mark>. */
export function highlighted(text) {
  const parts = [];
  const pattern = /«([^»]*)»/g;
  let at = 0;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(el('mark', { class: 'mark-hit' }, match[1]));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function list(values) {
  return Array.isArray(values) ? values.filter(v => v !== null).join(', ') : (values ?? '');
}

export function message(kind, text) {
  return el('p', { class: 'message message-' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}
