// The clouddouble console: plain JavaScript over the admin API (/__admin/clouddouble/...), nothing else.
'use strict';

const API = location.pathname.replace(/\/ui\/?[^/]*$/, '/');
const PAGE = 50;
const view = { tab: 'resources', offset: 0, total: 0, selected: null };

const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'onclick') node.addEventListener('click', v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
}

async function api(path, method, body) {
  const options = { method: method || 'GET' };
  if (body !== undefined) {
    options.body = typeof body === 'string' ? body : JSON.stringify(body);
    options.headers = { 'Content-Type': 'application/json' };
  }
  const response = await fetch(API + path, options);
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || response.status);
  return json;
}

function say(text, error) {
  $('message').textContent = text;
  $('message').className = error ? 'error' : '';
}

async function act(label, work) {
  try {
    await work();
    say(label);
    await refresh();
  } catch (e) {
    say(label + ' failed: ' + e.message, true);
  }
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) q.set(k, v); });
  return q.toString();
}

function stateText(state) {
  return Object.entries(state || {}).map(([k, v]) => k + '=' + (typeof v === 'string' ? v : JSON.stringify(v))).join(' ');
}

// Resources: filtered and paged on the server.
function fillSelect(select, values) {
  const current = select.value;
  const first = select.options[0];
  select.replaceChildren(first, ...values.map(v => el('option', { value: v }, v)));
  select.value = values.includes(current) ? current : '';
}

async function loadResources() {
  const page = await api('resources?' + query({
    cloud: $('f-cloud').value, account: $('f-account').value, region: $('f-region').value,
    type: $('f-type').value, q: $('f-q').value, offset: view.offset, limit: PAGE }));
  ['cloud', 'account', 'region', 'type'].forEach(f => fillSelect($('f-' + f), page.facets[f] || []));
  view.total = page.total;
  $('res-count').textContent = page.total === 0 ? 'no resources'
    : (page.offset + 1) + '–' + (page.offset + page.resources.length) + ' of ' + page.total;
  $('res-prev').disabled = page.offset === 0;
  $('res-next').disabled = page.offset + PAGE >= page.total;
  $('resources-body').replaceChildren(...page.resources.map(r => {
    const key = r.cloud + '/' + r.type + '/' + r.id;
    const row = el('tr', { class: 'pick' + (view.selected === key ? ' selected' : ''), 'data-id': r.id,
        onclick: () => showResource(r.cloud, r.type, r.id) },
      el('td', {}, r.cloud), el('td', {}, r.account), el('td', {}, r.region), el('td', {}, r.type),
      el('td', { class: 'id' }, r.id), el('td', { class: 'state' }, stateText(r.state)));
    return row;
  }));
  if (view.selected) await loadDetail();
}

async function showResource(cloud, type, id) {
  view.selected = cloud + '/' + type + '/' + id;
  view.detail = { cloud, type, id };
  switchTo('resources');
  await refresh();
}

async function loadDetail() {
  const { cloud, type, id } = view.detail;
  let r;
  try {
    r = await api('resource?' + query({ cloud, type, id }));
  } catch (e) {
    $('resource-detail').hidden = true;
    return;
  }
  $('resource-detail').hidden = false;
  $('detail-title').textContent = type + ' ' + id + (r.exists ? '' : ' (deleted)');
  $('detail-json').textContent = r.exists ? JSON.stringify(r.fields, null, 2) : '(gone)';
  $('detail-history').replaceChildren(...r.history.map(h => el('tr', {},
    el('td', {}, h.at),
    el('td', {}, h.event === 'changed' ? h.field + ': ' + h.from + ' → ' + (h.to ?? '(unset)') : h.event),
    el('td', {}, h.cause || 'a call or an admin action'))));
  $('detail-pending').replaceChildren(...(r.pending.length ? r.pending.map(pendingRow)
    : [el('tr', {}, el('td', {}, 'none'))]));
}

// Transitions.
function pendingRow(p) {
  return el('tr', { 'data-transition': p.transition },
    el('td', {}, p.transition),
    el('td', {}, el('a', { class: 'res', onclick: () => showResource(p.cloud, p.type, p.id) }, p.type + ' ' + p.id)),
    el('td', {}, p.startedAt),
    el('td', {}, p.progression + (p.duration && p.duration !== 'PT0S' ? ' ' + p.duration : '') + (p.reads ? ' ' + p.reads + ' reads' : '')),
    el('td', {}, p.due ? p.due + ' (in ' + (p.dueInMillis / 1000) + ' s)' : 'not by the clock'),
    el('td', {}, el('button', { class: 'complete', onclick: () => act('Completed ' + p.transition + ' on ' + p.id,
      () => api('transitions/complete', 'POST', { transition: p.transition, cloud: p.cloud, type: p.type, id: p.id })) },
      'Complete')));
}

async function loadTransitions() {
  const pending = await api('transitions/pending');
  $('pending-body').replaceChildren(...(pending.pending.length ? pending.pending.map(pendingRow)
    : [el('tr', {}, el('td', { colspan: 6 }, 'No transition in progress.'))]));
}

// Request log.
async function loadRequests() {
  const log = await api('requests?' + query({
    cloud: $('r-cloud').value, operation: $('r-operation').value, account: $('r-account').value,
    status: $('r-status').value, code: $('r-code').value, q: $('r-q').value, limit: 200 }));
  $('r-capacity').textContent = log.capacity;
  $('requests-body').replaceChildren(...log.requests.map(c => el('tr', { 'data-operation': c.operation || '' },
    el('td', {}, c.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
    el('td', {}, c.cloud || '-'),
    el('td', {}, c.operation || c.method + ' ' + c.path),
    el('td', {}, c.account || '-'),
    el('td', {}, c.region || '-'),
    el('td', { class: 'status-' + String(c.status)[0] }, String(c.status)),
    el('td', {}, c.millis ?? ''),
    el('td', {}, c.code ? c.code : (c.mapping || '')),
    el('td', { class: 'why' }, whyLines(c.why)),
    el('td', { class: 'links' }, c.resources.map(r => el('a', { class: 'res' + (r.exists ? '' : ' gone'),
      onclick: () => showResource(r.cloud, r.type, r.id) }, r.type + ' ' + r.id))))));
}

// "why" is the condition that held; today the matched mapping's conditions, one per line.
function whyLines(why) {
  let conditions;
  try {
    conditions = JSON.parse(why);
  } catch (e) {
    return why || '';
  }
  if (!Array.isArray(conditions)) return why;
  return conditions.map(c => el('div', {}, Object.entries(c).map(([k, v]) =>
    k === 'path' ? v : k + ' ' + (typeof v === 'string' ? v : JSON.stringify(v))).join(' ')));
}

// Coverage: computed once by the server; filtered here.
let coverage = null;
async function loadCoverage() {
  coverage = coverage || await api('coverage');
  const t = coverage.totals;
  $('coverage-totals').textContent = t.outcomes + ' documented outcomes: ' + t.contract + ' in contracts, '
    + t.stub + ' stubbed, ' + t.tested + ' exercised by tests';
  const q = $('c-q').value.toLowerCase();
  const gaps = $('c-gaps').checked;
  const mark = yes => el('td', { class: yes ? 'yes' : 'no' }, yes ? '✓' : '✗');
  const rows = coverage.rows.filter(r => (!q || (r.operation + ' ' + r.outcome).toLowerCase().includes(q))
    && (!gaps || !(r.contract && r.stub && r.tested)));
  const shown = rows.slice(0, 500).map(r => el('tr', {},
    el('td', {}, r.operation), el('td', {}, r.outcome), mark(r.contract), mark(r.stub), mark(r.tested)));
  if (rows.length > 500) shown.push(el('tr', {}, el('td', { colspan: 5 }, (rows.length - 500) + ' more: narrow the search')));
  $('coverage-body').replaceChildren(...shown);
}

// Faults.
async function loadFaults() {
  const f = await api('faults');
  $('faults-body').replaceChildren(...(f.faults.length ? f.faults.map(x => el('tr', {},
    el('td', {}, x.operation), el('td', {}, x.code), el('td', {}, String(x.remaining))))
    : [el('tr', {}, el('td', { colspan: 3 }, 'No fault injected.'))]));
}

async function loadClock() {
  const c = await api('clock');
  $('clock-now').textContent = c.now;
  $('clock-offset').textContent = c.offset;
}

const loaders = { resources: loadResources, transitions: loadTransitions, requests: loadRequests,
  coverage: loadCoverage, faults: loadFaults, world: async () => {} };

async function refresh() {
  try {
    await Promise.all([loadClock(), loaders[view.tab]()]);
  } catch (e) {
    say('Cannot reach the admin API: ' + e.message, true);
  }
}

function switchTo(tab) {
  view.tab = tab;
  document.querySelectorAll('nav button').forEach(b => b.classList.toggle('on', b.dataset.tab === tab));
  document.querySelectorAll('section').forEach(s => s.classList.toggle('on', s.id === tab));
}

document.querySelectorAll('nav button').forEach(b => b.addEventListener('click', () => {
  switchTo(b.dataset.tab);
  refresh();
}));
$('resource-filters').addEventListener('submit', e => { e.preventDefault(); view.offset = 0; refresh(); });
['f-cloud', 'f-account', 'f-region', 'f-type'].forEach(id => $(id).addEventListener('change', () => { view.offset = 0; refresh(); }));
$('res-prev').addEventListener('click', () => { view.offset = Math.max(0, view.offset - PAGE); refresh(); });
$('res-next').addEventListener('click', () => { view.offset += PAGE; refresh(); });
$('request-filters').addEventListener('submit', e => { e.preventDefault(); refresh(); });
$('coverage-filters').addEventListener('submit', e => e.preventDefault());
$('c-q').addEventListener('input', loadCoverage);
$('c-gaps').addEventListener('change', loadCoverage);
$('advance').addEventListener('click', () => act('Advanced the clock by ' + $('advance-by').value,
  () => api('clock', 'POST', { advance: $('advance-by').value })));
$('complete-all').addEventListener('click', () => act('Completed every pending transition',
  () => api('transitions/complete', 'POST', { all: true })));
$('reset').addEventListener('click', () => act('Reset to the loaded world', () => api('reset', 'POST')));
$('fault-form').addEventListener('submit', e => {
  e.preventDefault();
  act('Injected ' + $('fault-code').value, () => api('faults', 'POST', {
    operation: $('fault-operation').value, code: $('fault-code').value, count: Number($('fault-count').value) }));
});
$('faults-clear').addEventListener('click', () => act('Cleared every fault', () => api('faults', 'DELETE')));
$('world-file').addEventListener('change', async () => {
  const file = $('world-file').files[0];
  if (file) $('world-json').value = await file.text();
});
$('world-load').addEventListener('click', () => act('Loaded the world',
  () => api('world' + ($('world-merge').checked ? '?merge=true' : ''), 'POST', $('world-json').value)));

setInterval(() => { if ($('live').checked) refresh(); }, 2000);
refresh();
