// A TLC counterexample: DATA.steps[i] = {step, action, client, key, components, vars}.
const STEPS = DATA.steps;
const LANE_NAME = 90;
let selectedStep = STEPS.length - 1;   // the violating state first

function laneOf(s) {
  return s.client === '-' || s.client === '' ? 'system' : s.client;
}

function buildPage() {
  const header = add(document.body, el('header'));
  const h1 = add(header, el('h1', null, 'TLC counterexample: ' + DATA.config));
  add(h1, verdictBadge('violation'));
  add(header, el('div', 'note', 'violated: ' + DATA.violated + ' \u00b7 ' + STEPS.length
    + ' steps \u00b7 one lane per client; a thin bar spans each client operation from its'
    + ' invocation; click a step to see every component\'s state after it'));
  const main = add(document.body, el('main'));
  const wrap = add(main, el('div'));
  wrap.id = 'timeline-wrap';
  add(wrap, el('div')).id = 'timeline';
  add(main, el('aside')).id = 'state-panel';
}

function renderTimeline() {
  const timeline = document.getElementById('timeline');
  clear(timeline);
  const wrap = document.getElementById('timeline-wrap');
  const colWidth = Math.max(120, Math.floor((wrap.clientWidth - LANE_NAME - 20) / STEPS.length));
  const x = i => LANE_NAME + 6 + i * colWidth;
  timeline.style.width = x(STEPS.length + 1) + 'px';
  const names = [];
  STEPS.forEach(s => { if (!names.includes(laneOf(s))) names.push(laneOf(s)); });
  names.sort((a, b) => (a === 'system' ? -1 : b === 'system' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  names.forEach(name => {
    const lane = add(timeline, el('div', 'lane'));
    lane.setAttribute('data-client', name);
    add(lane, el('span', 'lane-name', name === 'system' ? 'system' : 'client ' + name));
    let spanStart = -1;
    const mine = [];
    STEPS.forEach((s, i) => { if (laneOf(s) === name) mine.push(i); });
    // A client operation: from an Invoke... step to the client's step before its next invoke.
    const spans = [];
    mine.forEach((i, k) => {
      if (STEPS[i].action.startsWith('Invoke')) {
        if (spanStart >= 0) spans.push([spanStart, mine[k - 1]]);
        spanStart = i;
      }
    });
    if (spanStart >= 0) spans.push([spanStart, mine[mine.length - 1]]);
    spans.forEach(([a, b]) => {
      const bar = add(lane, el('div', 'span'));
      bar.style.left = x(a) + 'px';
      bar.style.width = ((b - a) * colWidth + colWidth - 6) + 'px';
    });
    mine.forEach(i => {
      const s = STEPS[i];
      const box = add(lane, el('div', 'step', s.step + '. ' + s.action
        + (s.key && s.key !== '*' ? ' ' + s.key : '')));
      box.id = 'step-' + i;
      if (i === STEPS.length - 1) box.classList.add('violation');
      if (i === selectedStep) box.classList.add('selected');
      box.style.left = x(i) + 'px';
      box.style.width = (colWidth - 6) + 'px';
      box.title = 'step ' + s.step + ': ' + s.action + ' (client ' + s.client + ', key ' + s.key + ')';
      box.addEventListener('click', () => { selectedStep = i; render(); });
    });
  });
  // Each component's summary after every step, changes highlighted: the state at a glance.
  Object.keys(STEPS[0].components).forEach(name => {
    const row = add(timeline, el('div', 'lane comp-row'));
    row.setAttribute('data-component', name);
    add(row, el('span', 'lane-name', name)).title = name;
    STEPS.forEach((s, i) => {
      const v = s.components[name];
      const cell = add(row, el('div', 'comp-cell', v === undefined ? '' : v));
      if (i > 0 && STEPS[i - 1].components[name] !== v) cell.classList.add('changed');
      if (i === selectedStep) cell.classList.add('selected');
      cell.style.left = x(i) + 'px';
      cell.style.width = (colWidth - 6) + 'px';
      cell.title = name + ' after step ' + s.step + ': ' + v;
      cell.addEventListener('click', () => { selectedStep = i; render(); });
    });
  });
}

function table(panel, title, now, before) {
  add(panel, el('h2', null, title));
  const t = add(panel, el('table'));
  const head = add(t, el('tr'));
  ['', 'after this step'].forEach(h => add(head, el('th', null, h)));
  Object.keys(now).forEach(k => {
    const tr = add(t, el('tr'));
    if (before && before[k] !== now[k]) tr.className = 'changed';
    add(tr, el('td', null, k));
    add(tr, el('td', 'mono', now[k]));
  });
}

function renderPanel() {
  const panel = document.getElementById('state-panel');
  clear(panel);
  const s = STEPS[selectedStep];
  const prev = selectedStep > 0 ? STEPS[selectedStep - 1] : null;
  add(panel, el('h2', null, 'Step ' + s.step + ' of ' + STEPS.length + ': ' + s.action));
  add(panel, el('div', 'note', 'client ' + s.client + ', key ' + s.key
    + (prev ? ' \u00b7 highlighted rows changed in this step' : ' \u00b7 the initial state')));
  if (selectedStep === STEPS.length - 1) {
    const bad = add(panel, el('div', 'box bad'));
    bad.id = 'violation';
    add(bad, el('div', null, 'In this state ' + DATA.violated + ' does not hold.'));
  }
  table(panel, 'Components', s.components, prev && prev.components);
  if (Object.keys(s.vars).length) table(panel, 'Variables (TLA+)', s.vars, prev && prev.vars);
}

function render() {
  renderTimeline();
  renderPanel();
}

buildPage();
render();
window.addEventListener('resize', renderTimeline);
