// The timeline of a checked history. DATA.ops[i] = [process, f, key, input, output, outcome,
// call, ret, lines]; a partition lists its operations' indices in DATA.ops.
const OPS = DATA.ops;
const WINDOW = 200;      // operations drawn at once: enough to see the violation's context,
                         // few enough that a 10,000-operation history stays responsive
const LANE_NAME = 90;    // px, the sticky lane label
const PROCESS = 0, F = 1, KEY = 2, INPUT = 3, OUTPUT = 4, OUTCOME = 5, CALL = 6, RET = 7,
  LINES = 8;

let partIndex = 0;
let windowStart = 0;
let selected = -1;

function result(o) {
  if (o[OUTCOME] === 'fail') return 'fail';
  if (o[OUTCOME] === 'info') return '?';
  return o[OUTPUT] === null ? 'null' : o[OUTPUT];
}

function opLabel(id) {
  const o = OPS[id];
  return o[F] + (o[KEY] !== null ? ' ' + o[KEY] : '') + (o[INPUT] !== null ? ' ' + o[INPUT] : '')
    + ' \u2192 ' + result(o);
}

// Bar labels drop JSON's quotes to fit more in ({"digest": "d1"} -> {digest: d1}); the
// tooltip and the panel show the exact text.
function compact(text) {
  return text.replace(/"((?:[^"\\]|\\.)*)"/g, '$1');
}

function opLine(id) {
  const o = OPS[id];
  return 'line ' + o[LINES] + ': process ' + o[PROCESS] + ' ' + opLabel(id)
    + (o[OUTCOME] === 'info' ? ' (indeterminate)' : '');
}

function byProcess(a, b) {
  const x = Number(a), y = Number(b);
  if (!isNaN(x) && !isNaN(y)) return x - y;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function indexOfId(ids, id) {
  let lo = 0, hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return mid;
    if (ids[mid] < id) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

function partition() {
  const p = DATA.partitions[partIndex];
  if (!p.sortedIds) p.sortedIds = p.ids.slice().sort((a, b) => a - b);
  return p;
}

function buildPage() {
  const header = add(document.body, el('header'));
  const h1 = add(header, el('h1', null, DATA.source));
  add(h1, verdictBadge(DATA.verdict));
  add(header, el('div', 'note', 'model ' + DATA.model + ' \u00b7 ' + OPS.length
    + ' operations \u00b7 ' + DATA.partitions.length + ' partition'
    + (DATA.partitions.length === 1 ? '' : 's')
    + ' \u00b7 bars run from invocation to completion; open-ended bars are indeterminate'));
  const controls = add(header, el('div', 'controls'));
  add(controls, el('label', null, 'partition'));
  const select = add(controls, el('select'));
  select.id = 'partition-select';
  DATA.partitions.forEach((p, i) => {
    const o = add(select, el('option', null, p.name + ' \u2014 ' + p.verdict + ' ('
      + p.ids.length + ' ops)'));
    o.value = String(i);
  });
  select.addEventListener('change', () => {
    partIndex = Number(select.value);
    selected = -1;
    windowStart = initialWindow();
    render();
  });
  const earlier = add(controls, el('button', null, '\u25c0 earlier'));
  earlier.id = 'earlier';
  earlier.addEventListener('click', () => { windowStart = Math.max(0, windowStart - WINDOW / 2); render(); });
  const later = add(controls, el('button', null, 'later \u25b6'));
  later.id = 'later';
  later.addEventListener('click', () => {
    windowStart = Math.max(0, Math.min(partition().ids.length - WINDOW, windowStart + WINDOW / 2));
    render();
  });
  add(controls, el('span', 'note')).id = 'window-info';
  const main = add(document.body, el('main'));
  const wrap = add(main, el('div'));
  wrap.id = 'timeline-wrap';
  add(wrap, el('div')).id = 'timeline';
  add(main, el('aside')).id = 'state-panel';
}

function initialWindow() {
  const p = partition();
  if (!p.evidence) return 0;
  const at = indexOfId(p.sortedIds, p.evidence.blocked[0]);
  return Math.max(0, Math.min(p.ids.length - WINDOW, at - WINDOW / 2));
}

// Linearization points of the prefix: the earliest instants consistent with the order
// (each point is the latest invocation so far, which is before the operation's completion).
function linearizationPoints(order) {
  const points = new Map();
  let t = -Infinity;
  order.forEach((id, k) => {
    t = Math.max(t, OPS[id][CALL]);
    points.set(id, { order: k + 1, time: t });
  });
  return points;
}

// The linearized operations in order: the longest prefix of a violation, or the whole witness
// of a linearizable partition.
function linearized(p) {
  return p.evidence ? p.evidence.prefix.map(s => s[0]) : (p.linearization || []);
}

function renderTimeline() {
  const p = partition();
  const ids = p.sortedIds;
  const win = ids.slice(windowStart, windowStart + WINDOW);
  const ev = p.evidence;
  const points = linearizationPoints(linearized(p));
  const candidates = new Set();
  if (ev && ev.attempts.length) ev.attempts[0].candidates.forEach(c => candidates.add(c[0]));
  const times = [];
  win.forEach(id => {
    times.push(OPS[id][CALL]);
    if (OPS[id][RET] !== null) times.push(OPS[id][RET]);
  });
  const cols = columns(times);
  const wrap = document.getElementById('timeline-wrap');
  const colWidth = Math.max(26, Math.floor((wrap.clientWidth - LANE_NAME - 30) / (cols.count + 3)));
  const x = c => LANE_NAME + 8 + c * colWidth;
  const lanes = new Map();
  win.forEach(id => {
    const proc = String(OPS[id][PROCESS]);
    if (!lanes.has(proc)) lanes.set(proc, []);
    lanes.get(proc).push(id);
  });
  const timeline = document.getElementById('timeline');
  clear(timeline);
  timeline.style.width = (x(cols.count + 3)) + 'px';
  Array.from(lanes.keys()).sort(byProcess).forEach(proc => {
    const lane = add(timeline, el('div', 'lane'));
    lane.setAttribute('data-process', proc);
    add(lane, el('span', 'lane-name', 'process ' + proc)).title = 'process ' + proc;
    lanes.get(proc).forEach(id => {
      const o = OPS[id];
      const c0 = cols.of(o[CALL]);
      const open = o[RET] === null;
      const c1 = open ? cols.count + 2 : cols.of(o[RET]);
      const bar = add(lane, el('div', 'op ' + o[OUTCOME], compact(opLabel(id))));
      bar.id = 'op-' + id;
      bar.setAttribute('data-id', String(id));
      if (open) bar.classList.add('indeterminate');
      if (points.has(id)) bar.classList.add('linearized');
      if (candidates.has(id)) bar.classList.add('candidate');
      if (ev && ev.blocked[0] === id) bar.classList.add('cannot-place');
      if (id === selected) bar.classList.add('selected');
      bar.style.left = x(c0) + 'px';
      bar.style.width = Math.max(colWidth - 2, (c1 - c0) * colWidth + colWidth - 4) + 'px';
      bar.title = opLine(id) + (points.has(id) ? '  [linearized #' + points.get(id).order + ']' : '');
      bar.addEventListener('click', () => { selected = id; render(); });
      if (points.has(id)) {
        const t = points.get(id).time;
        let c = cols.sorted.findIndex(s => s >= t);
        if (c >= 0) {
          const mark = add(lane, el('div', 'lin-point'));
          mark.style.left = (x(c) + colWidth / 2) + 'px';
          add(mark, el('span', null, '#' + points.get(id).order));
        }
      }
    });
  });
  document.getElementById('window-info').textContent = 'operations ' + (windowStart + 1)
    + '\u2013' + (windowStart + win.length) + ' of ' + ids.length + ' in this partition'
    + (ids.length > WINDOW ? ' (drawn ' + WINDOW + ' at a time)' : '');
  const sel = selected >= 0 ? document.getElementById('op-' + selected)
    : ev ? document.getElementById('op-' + ev.blocked[0]) : null;
  if (sel && sel.scrollIntoView) sel.scrollIntoView({ block: 'nearest', inline: 'center' });
}

function reveal(id) {
  const p = partition();
  const at = indexOfId(p.sortedIds, id);
  if (at >= 0 && (at < windowStart || at >= windowStart + WINDOW)) {
    windowStart = Math.max(0, Math.min(p.ids.length - WINDOW, at - WINDOW / 2));
  }
  selected = id;
  render();
}

function opRow(table, id, command, cells) {
  const tr = add(table, el('tr'));
  tr.setAttribute('data-id', String(id));
  add(tr, el('td', 'mono', opLine(id)));
  add(tr, el('td', 'mono', command));
  cells.forEach(c => add(tr, c));
  tr.addEventListener('click', () => reveal(id));
  return tr;
}

function renderPanel() {
  const p = partition();
  const panel = document.getElementById('state-panel');
  clear(panel);
  const h = add(panel, el('h2', null, p.name));
  add(h, verdictBadge(p.verdict));
  if (p.reason) add(panel, el('div', 'note', p.reason));
  const ev = p.evidence;
  if (selected >= 0) {
    const box = add(panel, el('div', 'box'));
    box.id = 'op-detail';
    add(box, el('div', 'note', 'selected operation'));
    add(box, el('div', 'mono', opLine(selected)));
  }
  if (ev) {
    add(panel, el('h2', null, 'Cannot be placed'));
    const box = add(panel, el('div', 'box bad'));
    box.id = 'cannot-place';
    add(box, el('div', 'mono', opLine(ev.blocked[0])));
    add(box, el('div', 'note', 'as the model reads it: ' + ev.blocked[1]));
    box.addEventListener('click', () => reveal(ev.blocked[0]));
    add(panel, el('h2', null, 'Model state' + (ev.states.length === 1 ? '' : 's')
      + ' before it, and why each candidate fails'));
    const attempts = ev.attempts.length ? ev.attempts
      : ev.states.map(s => ({ state: s, candidates: [] }));
    attempts.forEach(a => {
      const sbox = add(panel, el('div', 'box state-box'));
      add(sbox, el('span', 'note', 'state '));
      add(sbox, el('span', 'state', a.state));
      if (a.candidates.length) {
        const table = add(sbox, el('table', 'candidates'));
        const head = add(table, el('tr'));
        ['operation', 'model reads', 'why not next'].forEach(t => add(head, el('th', null, t)));
        a.candidates.forEach(c => {
          const row = opRow(table, c[0], c[1], [el('td', c[2] ? 'legal' : 'illegal', c[3])]);
          row.className = 'candidate-row' + (c[0] === ev.blocked[0] ? ' changed' : '');
        });
      }
    });
    add(panel, el('h2', null, 'Longest linearizable prefix (' + ev.prefix.length + ' of '
      + p.ids.length + ' operations)'));
    add(panel, el('div', 'note', 'in linearization order; green ticks mark the points on the timeline'));
    const SHOWN = 300;
    const from = Math.max(0, ev.prefix.length - SHOWN);
    if (from > 0) add(panel, el('div', 'note', 'the first ' + from + ' are not listed'));
    const ol = add(panel, el('ol', 'prefix'));
    ol.start = from + 1;
    ev.prefix.slice(from).forEach(s => {
      const li = add(ol, el('li', 'mono', opLine(s[0]) + '  [' + s[1] + ']'));
      li.addEventListener('click', () => reveal(s[0]));
    });
    ol.scrollTop = ol.scrollHeight;   // the end of the prefix is next to the failure
  } else if (p.verdict === 'linearizable') {
    const order = linearized(p);
    add(panel, el('div', 'box', 'Every operation of this partition fits a linearization.'));
    add(panel, el('h2', null, 'A linearization (' + order.length + ' of ' + p.ids.length
      + ' operations)'));
    add(panel, el('div', 'note', 'the one the search found; indeterminate operations it left'
      + ' out never took effect in it; green ticks mark the points on the timeline'));
    const SHOWN = 300;
    const ol = add(panel, el('ol', 'prefix'));
    order.slice(0, SHOWN).forEach(id => {
      const li = add(ol, el('li', 'mono', opLine(id)));
      li.addEventListener('click', () => reveal(id));
    });
    if (order.length > SHOWN) add(panel, el('div', 'note', (order.length - SHOWN) + ' more not listed'));
  }
  add(panel, el('h2', null, 'Checker output'));
  add(panel, el('pre', 'summary', DATA.summary));
}

function render() {
  renderTimeline();
  renderPanel();
}

buildPage();
windowStart = initialWindow();
render();
window.addEventListener('resize', renderTimeline);
