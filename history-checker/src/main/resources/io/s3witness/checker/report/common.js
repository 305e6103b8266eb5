'use strict';
// Shared by the report pages. Every string from a history or a trace is put into the page with
// textContent or as an attribute value, never parsed as markup.
const DATA = JSON.parse(document.getElementById('report-data').textContent);

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function add(parent, child) {
  parent.appendChild(child);
  return child;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function verdictBadge(label) {
  return el('span', 'verdict v-' + String(label).replace(/[^a-z-]/g, ''), label);
}

// Maps the distinct instants of a window to columns: real-time order is kept, idle gaps are not
// drawn to scale (what matters for linearizability is which intervals overlap).
function columns(times) {
  const sorted = Array.from(new Set(times)).sort((a, b) => a - b);
  const index = new Map();
  sorted.forEach((t, i) => index.set(t, i));
  return { count: sorted.length, of: t => index.get(t), sorted: sorted };
}
