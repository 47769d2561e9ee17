// OpenCAC workbench page: queue, chart review, dashboard. Plain DOM, no framework; charts by ECharts (WebJar).
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined) e.append(kid.nodeType ? kid : String(kid));
  return e;
};

const store = {
  get coder() { return localStorage.getItem('opencac.coder') || ''; },
  get apiKey() { return localStorage.getItem('opencac.apiKey') || ''; },
};

function status(msg, isError = false) {
  const s = $('#status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

async function api(method, path, body, idempotent = false) {
  const headers = { 'Accept': 'application/json' };
  if (store.coder) headers['X-Coder-Id'] = store.coder;
  if (store.apiKey) headers['X-API-Key'] = store.apiKey;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotent) headers['Idempotency-Key'] = crypto.randomUUID ? crypto.randomUUID() : String(Date.now() + Math.random());
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = r.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) {
    const msg = (data && (data.message || data.detail || data.title)) || ('HTTP ' + r.status);
    status(msg, true);
    throw new Error(msg);
  }
  return data;
}

// ---------- routing ----------
const views = ['queue', 'chart', 'dashboard'];
function show(view) {
  for (const v of views) $('#view-' + v).hidden = v !== view;
  $('#nav-queue').toggleAttribute('aria-current', view === 'queue');
  $('#nav-dashboard').toggleAttribute('aria-current', view === 'dashboard');
  if (view === 'queue') $('#nav-queue').setAttribute('aria-current', 'page');
  if (view === 'dashboard') $('#nav-dashboard').setAttribute('aria-current', 'page');
}
async function route() {
  const h = location.hash || '#/queue';
  const m = h.match(/^#\/chart\/(\d+)/);
  status('');
  if (m) { show('chart'); await openChart(Number(m[1])); }
  else if (h.startsWith('#/dashboard')) { show('dashboard'); await loadDashboard(); }
  else { show('queue'); await loadQueue(); }
}

// ---------- queue ----------
let page = 1;
async function loadQueue() {
  const f = new FormData($('#queue-filters'));
  const q = new URLSearchParams();
  for (const [k, v] of f) if (v) q.set(k, v);
  q.set('page', page);
  q.set('size', 20);
  const data = await api('GET', '/v1/queue?' + q);
  const tbody = $('#queue-table tbody');
  tbody.replaceChildren(...data.items.map(it => el('tr', {},
    el('td', {}, el('a', { href: '#/chart/' + it.id, class: 'open-chart' }, it.externalId)),
    el('td', {}, it.dateOfService), el('td', {}, it.setting), el('td', {}, it.specialty),
    el('td', {}, it.suggestions), el('td', {}, it.pending), el('td', {}, it.status))));
  if (!data.items.length) tbody.append(el('tr', {}, el('td', { colspan: 7 }, 'No encounters match.')));
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  $('#page-info').textContent = `Page ${data.page} of ${pages} (${data.total} encounters)`;
  $('#prev-page').disabled = data.page <= 1;
  $('#next-page').disabled = data.page >= pages;
}

// ---------- chart ----------
let enc = null;        // the encounter shown
let selected = 0;      // index into visible suggestions
let spanCursor = -1;   // which evidence span of the selected code is current

const visible = () => enc ? enc.suggestions : [];
const current = () => visible()[selected];

async function openChart(id) {
  enc = await api('GET', '/v1/encounters/' + id);
  selected = Math.max(0, enc.suggestions.findIndex(s => s.status === 'pending'));
  renderChart();
  await loadAudit();
  $('#codes').focus();
}

function renderChart() {
  $('#chart-title').textContent = `Chart ${enc.externalId}`;
  $('#chart-meta').textContent = `${enc.setting}, ${enc.specialty}, date of service ${enc.dateOfService}` +
    (enc.patientId ? `, patient ${enc.patientId}` : '') + (enc.visitId ? `, visit ${enc.visitId}` : '') +
    ` · ${enc.codeSetVersion} · ${enc.status}` + (enc.finalizedBy ? ` by ${enc.finalizedBy}` : '');
  const warnings = enc.codeSetWarnings || [];
  $('#chart-warnings').textContent = warnings.map(w => `Warning: ${w}`).join(' ');
  $('#chart-warnings').hidden = warnings.length === 0;
  renderNote();
  renderCodes();
  renderDetail();
  renderClaim();
}

/** The note split at every span boundary; each piece knows the suggestions and uncoded mentions covering it. */
function renderNote() {
  const text = enc.text;
  const cuts = new Set([0, text.length]);
  enc.suggestions.forEach(s => s.evidence.forEach(e => { cuts.add(e.start); cuts.add(e.end); }));
  enc.uncoded.forEach(u => { cuts.add(u.start); cuts.add(u.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const note = $('#note');
  note.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const sids = enc.suggestions.filter(s => s.evidence.some(e => e.start <= a && b <= e.end)).map(s => s.id);
    const unc = enc.uncoded.find(u => u.start <= a && b <= u.end);
    if (sids.length) {
      note.append(el('mark', { class: 'ev', 'data-sids': sids.join(' '), 'data-start': a, tabindex: -1,
        title: 'Evidence for ' + enc.suggestions.filter(s => sids.includes(s.id)).map(s => s.code).join(', '),
        onclick: () => showSpanCodes(sids, piece) }, piece));
    } else if (unc) {
      note.append(el('span', { class: 'uncoded', title: 'Not coded: ' + unc.reason, 'data-reason': unc.reason }, piece));
    } else {
      note.append(piece);
    }
  }
  highlight();
}

function renderCodes() {
  const ul = $('#codes');
  ul.replaceChildren(...visible().map((s, i) => el('li', {
      role: 'option', id: 'sugg-' + s.id, 'data-code': s.code, 'data-status': s.status,
      'aria-selected': i === selected ? 'true' : 'false', class: s.status === 'suppressed' ? 'suppressed' : '',
      onclick: () => select(i) },
    el('span', { class: 'code' }, s.finalCode && s.finalCode !== s.code ? `${s.code} → ${s.finalCode}` : s.code),
    el('span', {}, s.description, s.firstListed ? ' (first-listed)' : ''),
    el('span', { class: 'badge ' + s.status }, s.status + ' ' + s.score.toFixed(2)))));
  if (visible().length) ul.setAttribute('aria-activedescendant', 'sugg-' + visible()[selected].id);
}

function select(i) {
  if (!visible().length) return;
  selected = Math.max(0, Math.min(visible().length - 1, i));
  spanCursor = -1;
  renderCodes();
  renderDetail();
  highlight();
  const li = $('#sugg-' + current().id);
  if (li) li.scrollIntoView({ block: 'nearest' });
}

function highlight() {
  const s = current();
  let first = null;
  document.querySelectorAll('#note mark.ev').forEach(m => {
    const on = s && m.dataset.sids.split(' ').includes(String(s.id));
    m.classList.toggle('active', on);
    m.classList.remove('current');
    if (on && !first) first = m;
  });
  if (first) first.scrollIntoView({ block: 'nearest' });
}

function stepSpan(dir) {
  const s = current();
  if (!s || !s.evidence.length) return;
  spanCursor = (spanCursor + dir + s.evidence.length) % s.evidence.length;
  const e = s.evidence[spanCursor];
  const marks = [...document.querySelectorAll('#note mark.ev.active')];
  marks.forEach(m => m.classList.remove('current'));
  const m = marks.find(x => Number(x.dataset.start) >= e.start && Number(x.dataset.start) < e.end);
  if (m) { m.classList.add('current'); m.scrollIntoView({ block: 'center' }); }
}

function showSpanCodes(sids, text) {
  const box = $('#span-codes');
  box.hidden = false;
  $('#span-codes-title').textContent = `Codes for “${text}”`;
  $('#span-codes-list').replaceChildren(...sids.map(id => {
    const i = visible().findIndex(s => s.id === id);
    const s = visible()[i];
    return el('li', {}, el('button', { type: 'button', onclick: () => { select(i); $('#codes').focus(); } },
      `${s.code} ${s.description} (${s.status})`));
  }));
  const i = visible().findIndex(s => s.id === sids[0]);
  if (i >= 0) select(i);
}

async function renderDetail() {
  const s = current();
  const body = $('#detail-body');
  if (!s) { body.replaceChildren(el('p', {}, 'No suggestions.')); return; }
  body.replaceChildren(
    el('p', {}, el('strong', {}, s.code), ' ', s.description, ` — score ${s.score.toFixed(2)}` +
      (s.engineScore && s.engineScore !== s.score ? ` (engine ${s.engineScore.toFixed(2)})` : '') + `, ${s.origin}`),
    el('h4', {}, 'Evidence'),
    el('ul', {}, s.evidence.length ? s.evidence.map(e => el('li', {},
      `“${e.text}” [${e.start}–${e.end}] in ${e.section.replaceAll('_', ' ')}; assertion ${e.assertion}` +
      (e.negated ? ' (negated)' : '') + `; experiencer ${e.experiencer}`)) : el('li', {}, 'none')),
    el('h4', {}, 'Rationale'),
    el('ul', { class: 'rationale' }, s.rationale.map(r => el('li', {}, r))),
    el('h4', {}, 'Alternatives'),
    el('ul', { id: 'alternatives' }, el('li', {}, 'loading…')));
  try {
    const code = await api('GET', '/v1/codes/' + encodeURIComponent(s.code));
    const parent = code.parent ? await api('GET', '/v1/codes/' + encodeURIComponent(code.parent)) : null;
    const sibs = parent ? parent.children.filter(c => c !== s.code) : [];
    const list = $('#alternatives');
    if (!list || current() !== s) return;
    list.replaceChildren(...(sibs.length ? sibs.slice(0, 12).map(c => el('li', {},
      el('button', { type: 'button', class: 'alt', onclick: () => openCodeDialog('modify', c) }, c))) :
      [el('li', {}, 'none in this category')]));
  } catch (e) { /* alternatives are a convenience */ }
}

function renderClaim() {
  const box = $('#claim');
  box.hidden = !enc.finalCodes.length;
  $('#claim-list').replaceChildren(...enc.finalCodes.map(c => el('li', {}, `${c.code} ${c.description} (${c.source})`)));
  $('#export-json').href = `/v1/encounters/${enc.id}/export`;
  $('#export-csv').href = `/v1/encounters/${enc.id}/export?format=csv`;
}

async function loadAudit() {
  const rows = await api('GET', `/v1/encounters/${enc.id}/audit`);
  $('#audit-table tbody').replaceChildren(...rows.map(r => el('tr', {},
    el('td', {}, new Date(r.at).toLocaleString()), el('td', {}, r.actor), el('td', {}, r.entity + (r.entityId ? ' ' + r.entityId : '')),
    el('td', {}, r.action), el('td', { class: 'json' }, r.before || ''), el('td', { class: 'json' }, r.after || ''))));
}

async function decide(body) {
  const r = await api('POST', `/v1/encounters/${enc.id}/decisions`, body, true);
  const keep = current() ? current().id : null;
  enc = await api('GET', '/v1/encounters/' + enc.id);
  const idx = enc.suggestions.findIndex(s => s.id === keep);
  selected = idx >= 0 ? idx : selected;
  const next = enc.suggestions.findIndex((s, i) => i > selected && s.status === 'pending');
  if (body.action !== 'add' && next >= 0) selected = next;
  if (body.action === 'add') selected = enc.suggestions.findIndex(s => s.id === r.suggestion.id);
  renderChart();
  await loadAudit();
  status(`${r.decision.action} ${r.decision.newCode || r.decision.code} recorded`);
  $('#codes').focus();
}

function requireOpen() {
  if (!enc || enc.status !== 'open') { status('This encounter is finalized.', true); return false; }
  return true;
}

async function accept() {
  if (!requireOpen() || !current()) return;
  if (current().origin === 'coder') { status('A code you added is already on the claim.'); return; }
  await decide({ action: 'accept', suggestionId: current().id });
}

async function acceptPending() {
  if (!requireOpen()) return;
  for (const s of enc.suggestions.filter(x => x.status === 'pending')) {
    await api('POST', `/v1/encounters/${enc.id}/decisions`, { action: 'accept', suggestionId: s.id }, true);
  }
  enc = await api('GET', '/v1/encounters/' + enc.id);
  renderChart();
  await loadAudit();
  status('All pending codes accepted');
}

let reasonsLoaded = false;
async function openReject() {
  if (!requireOpen() || !current()) return;
  if (!reasonsLoaded) {
    const reasons = await api('GET', '/v1/reject-reasons');
    $('#reject-reason').replaceChildren(...reasons.map(r => el('option', { value: r.id }, r.label)));
    reasonsLoaded = true;
  }
  $('#reject-code').textContent = current().code;
  $('#reject-comment').value = '';
  $('#reject-dialog').showModal();
  $('#reject-reason').focus();
}

// ---------- code search (modify / add) ----------
let codeMode = 'modify';
let chosen = null;
let addSpan = null;
let options = [];
let optIndex = -1;

function noteSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !$('#note').contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0);
  const pre = document.createRange();
  pre.selectNodeContents($('#note'));
  pre.setEnd(range.startContainer, range.startOffset);
  const start = pre.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end, text: enc.text.slice(start, end) } : null;
}

function openCodeDialog(mode, prefill = '') {
  if (!requireOpen()) return;
  if (mode === 'modify' && !current()) return;
  codeMode = mode;
  chosen = null;
  addSpan = mode === 'add' ? noteSelection() : null;
  $('#code-dialog-title').textContent = mode === 'add' ? 'Add a missed code' : `Modify ${current().code}`;
  $('#code-ok').textContent = mode === 'add' ? 'Add' : 'Replace';
  $('#code-dialog-span').textContent = mode === 'add'
    ? (addSpan ? `Evidence: “${addSpan.text}”` : 'No text selected in the note: the code is added without evidence.') : '';
  $('#code-search').value = prefill;
  $('#code-comment').value = '';
  $('#code-options').replaceChildren();
  $('#code-dialog').showModal();
  $('#code-search').focus();
  if (prefill) searchCodes(prefill);
}

let searchTimer = null;
async function searchCodes(q) {
  if (q.trim().length < 2) { $('#code-options').replaceChildren(); return; }
  const data = await api('GET', '/v1/codes?billable=true&limit=10&q=' + encodeURIComponent(q));
  if ($('#code-search').value !== q) return;
  options = data.results;
  optIndex = options.length ? 0 : -1;
  renderOptions();
}

function renderOptions() {
  $('#code-options').replaceChildren(...options.map((o, i) => el('li', {
    role: 'option', id: 'opt-' + i, 'aria-selected': i === optIndex ? 'true' : 'false', 'data-code': o.code,
    onclick: () => { optIndex = i; choose(); } }, `${o.code} ${o.title}`)));
  $('#code-search').setAttribute('aria-expanded', options.length ? 'true' : 'false');
  if (optIndex >= 0) $('#code-search').setAttribute('aria-activedescendant', 'opt-' + optIndex);
}

function choose() {
  if (optIndex < 0) return;
  chosen = options[optIndex].code;
  $('#code-search').value = `${chosen} ${options[optIndex].title}`;
  $('#code-options').replaceChildren();
  $('#code-search').setAttribute('aria-expanded', 'false');
}

async function submitCode() {
  const raw = $('#code-search').value.trim();
  const code = chosen || raw.split(/\s+/)[0];
  const comment = $('#code-comment').value || undefined;
  $('#code-dialog').close();
  if (codeMode === 'add') {
    const body = { action: 'add', code, comment };
    if (addSpan) { body.start = addSpan.start; body.end = addSpan.end; }
    await decide(body);
  } else {
    await decide({ action: 'modify', suggestionId: current().id, code, comment });
  }
}

// ---------- finalize / export ----------
function openFinalize() {
  if (!requireOpen()) return;
  const kept = enc.suggestions.filter(s => ['accepted', 'modified', 'added'].includes(s.status));
  const first = kept.find(s => s.firstListed) || kept[0];
  $('#principal').replaceChildren(...kept.map(s => el('option', { value: s.finalCode, selected: s === first },
    `${s.finalCode} ${s.status === 'modified' ? '(changed)' : ''}`)));
  $('#finalize-dialog').showModal();
  $('#principal').focus();
}

async function finalizeNow() {
  const principal = $('#principal').value || undefined;
  enc = await api('POST', `/v1/encounters/${enc.id}/finalize`, principal ? { principal } : {}, true);
  renderChart();
  await loadAudit();
  status(`Finalized with ${enc.finalCodes.length} code(s)`);
  $('#claim').scrollIntoView({ block: 'nearest' });
  $('#export-json').focus();
}

// ---------- dashboard ----------
const charts = {};
function bars(id, rows, valueName, value) {
  if (!window.echarts) return;
  charts[id] = charts[id] || echarts.init(document.getElementById(id));
  const labels = rows.map(r => r.key);
  charts[id].setOption({
    animation: false, grid: { left: 10, right: 20, top: 10, bottom: 30, containLabel: true }, tooltip: {},
    xAxis: { type: 'value', name: valueName, nameLocation: 'middle', nameGap: 24 }, yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', data: rows.map(value), itemStyle: { color: '#0b4f9c' } }] }, true);
  document.getElementById(id).setAttribute('aria-label', rows.map(r => `${r.key}: ${value(r)}`).join('; ') || 'no data');
}

async function loadDashboard() {
  const d = await api('GET', '/v1/dashboard');
  window.scrollTo(0, 0);
  const rate = r => r.reviewed ? Math.round(100 * r.accepted / r.reviewed) : 0;
  $('#dash-summary').textContent = `${d.decisions} current decisions.`;
  bars('chart-code', d.byCode, '% accepted', rate);
  bars('chart-section', d.bySection, '% accepted', rate);
  bars('chart-triggers', d.rejectedTriggers, 'rejections', r => r.rejected);
  if (window.echarts) {
    charts.coders = charts.coders || echarts.init($('#chart-coders'));
    const hours = [...new Set(d.perCoderHour.map(r => r.hour))].sort();
    const coders = [...new Set(d.perCoderHour.map(r => r.coder))].sort();
    charts.coders.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { data: coders },
      grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: hours.map(h => h.slice(5, 16).replace('T', ' ')) }, yAxis: { type: 'value', name: 'decisions' },
      series: coders.map(c => ({ name: c, type: 'bar', stack: 'all',
        data: hours.map(h => (d.perCoderHour.find(r => r.hour === h && r.coder === c) || { decisions: 0 }).decisions) })) }, true);
    $('#chart-coders').setAttribute('aria-label', d.perCoderHour.map(r => `${r.coder} ${r.hour}: ${r.decisions}`).join('; ') || 'no data');
  }
  const table = (title, rows, cols) => el('table', { class: 'grid' }, el('caption', {}, title),
    el('thead', {}, el('tr', {}, cols.map(c => el('th', { scope: 'col' }, c[0])))),
    el('tbody', {}, rows.map(r => el('tr', {}, cols.map(c => el('td', {}, c[1](r)))))));
  const rc = [['Key', r => r.key], ['Accepted', r => r.accepted], ['Rejected', r => r.rejected], ['Modified', r => r.modified], ['Reviewed', r => r.reviewed]];
  $('#dash-tables').replaceChildren(table('By code', d.byCode, rc), table('By section', d.bySection, rc),
    table('Rejected triggers', d.rejectedTriggers, rc),
    table('Per coder per hour', d.perCoderHour, [['Coder', r => r.coder], ['Hour', r => r.hour], ['Decisions', r => r.decisions], ['Accepted', r => r.accepted]]));
  const l = await api('GET', '/v1/learning');
  $('#learning-state').textContent = `Learning is ${l.enabled ? 'on' : 'off'}; it counts ${l.decisionsCounted} decision(s)` +
    (l.afterDecisionId ? ` made after the last reset (decision ${l.afterDecisionId}).` : '.');
  $('#learning-toggle').textContent = l.enabled ? 'Switch learning off' : 'Switch learning on';
  $('#learning-toggle').onclick = async () => { await api('PUT', '/v1/learning', { enabled: !l.enabled }); loadDashboard(); };
  $('#learning-reset').onclick = async () => {
    if (confirm('Forget everything learned from decisions so far?')) { await api('POST', '/v1/learning/reset', {}); loadDashboard(); }
  };
}

// ---------- keyboard ----------
let pendingG = false;
function onKey(ev) {
  if (document.querySelector('dialog[open]')) return;
  const t = ev.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const k = ev.shiftKey && ev.key.length === 1 ? ev.key.toUpperCase() : ev.key;
  if (pendingG) {
    pendingG = false;
    if (k === 'q') { location.hash = '#/queue'; ev.preventDefault(); return; }
    if (k === 'd') { location.hash = '#/dashboard'; ev.preventDefault(); return; }
  }
  if (k === 'g') { pendingG = true; return; }
  if (k === '?') { $('#help-dialog').showModal(); ev.preventDefault(); return; }
  if ($('#view-chart').hidden) return;
  const actions = {
    'j': () => select(selected + 1), 'ArrowDown': () => select(selected + 1),
    'k': () => select(selected - 1), 'ArrowUp': () => select(selected - 1),
    'a': accept, 'A': acceptPending, 'r': openReject, 'm': () => openCodeDialog('modify'),
    'n': () => openCodeDialog('add'), 'f': openFinalize, ']': () => stepSpan(1), '[': () => stepSpan(-1),
    'e': () => { if (enc && enc.status === 'finalized') location.href = `/v1/encounters/${enc.id}/export?format=csv`; },
  };
  if (actions[k]) { ev.preventDefault(); Promise.resolve(actions[k]()).catch(() => {}); }
}

// ---------- wiring ----------
function wire() {
  $('#coder-id').value = store.coder;
  $('#api-key').value = store.apiKey;
  $('#coder-id').addEventListener('change', e => localStorage.setItem('opencac.coder', e.target.value.trim()));
  $('#api-key').addEventListener('change', e => {
    const v = e.target.value.trim();
    if (v) localStorage.setItem('opencac.apiKey', v); else localStorage.removeItem('opencac.apiKey');
  });
  $('#identity').addEventListener('submit', e => e.preventDefault());
  $('#queue-filters').addEventListener('submit', e => { e.preventDefault(); page = 1; loadQueue(); });
  $('#prev-page').addEventListener('click', () => { page--; loadQueue(); });
  $('#next-page').addEventListener('click', () => { page++; loadQueue(); });
  $('#submit-form').addEventListener('submit', async e => {
    e.preventDefault();
    const body = Object.fromEntries([...new FormData(e.target)].filter(([, v]) => v !== ''));
    const r = await api('POST', '/v1/encounters', body, true);
    location.hash = '#/chart/' + r.id;
  });
  $('#help-button').addEventListener('click', () => $('#help-dialog').showModal());
  $('#act-accept').addEventListener('click', accept);
  $('#act-reject').addEventListener('click', openReject);
  $('#act-modify').addEventListener('click', () => openCodeDialog('modify'));
  $('#act-add').addEventListener('click', () => openCodeDialog('add'));
  $('#act-accept-all').addEventListener('click', acceptPending);
  $('#act-finalize').addEventListener('click', openFinalize);
  document.querySelectorAll('dialog .cancel').forEach(b => b.addEventListener('click', () => b.closest('dialog').close()));
  $('#reject-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('#reject-dialog').close();
    await decide({ action: 'reject', suggestionId: current().id, reason: $('#reject-reason').value,
      comment: $('#reject-comment').value || undefined });
  });
  $('#code-search').addEventListener('input', e => {
    chosen = null;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => searchCodes(e.target.value), 150);
  });
  $('#code-search').addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && options.length) { optIndex = Math.min(options.length - 1, optIndex + 1); renderOptions(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && options.length) { optIndex = Math.max(0, optIndex - 1); renderOptions(); e.preventDefault(); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (!chosen && optIndex >= 0 && $('#code-options').children.length) choose(); else submitCode();
    }
  });
  $('#code-form').addEventListener('submit', e => { e.preventDefault(); submitCode(); });
  $('#finalize-form').addEventListener('submit', e => { e.preventDefault(); $('#finalize-dialog').close(); finalizeNow(); });
  $('#principal').addEventListener('keydown', e => {
    if (e.key === 'Enter') { e.preventDefault(); $('#finalize-dialog').close(); finalizeNow(); }
  });
  $('#reject-reason').addEventListener('keydown', e => {
    if (e.key === 'Enter') { e.preventDefault(); $('#reject-form').requestSubmit(); }
  });
  $('#queue-table').addEventListener('keydown', e => {
    if (e.key === 'Enter' && e.target.classList.contains('open-chart')) { location.hash = e.target.getAttribute('href'); }
  });
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', () => route().catch(() => {}));
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  route().catch(() => {});
}
document.addEventListener('DOMContentLoaded', wire);
