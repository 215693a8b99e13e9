'use strict';
// The operations console: plain DOM over the management and TMF APIs of the app that served this page. Everything shown
// is set as text (never parsed as HTML), so an order's own strings cannot change the page.
(() => {
  const REFRESH_MS = 5000;
  const PAGE_SIZE = 20;
  const KEY_STORE = 'orderpipeline.adminKey';
  const STATES = ['New', 'InProgress', 'Done', 'Error', 'Cancelled'];
  const STATE_WORDS = { New: 'New', InProgress: 'In progress', Done: 'Done', Error: 'Error', Cancelled: 'Cancelled' };
  const ORDER_TYPES = {
    product: { word: 'Product order', path: '/tmf-api/productOrderingManagement/v4/productOrder', items: 'productOrderItem', thing: 'product',
      specification: 'productSpecification', characteristics: 'productCharacteristic', relationships: 'productOrderItemRelationship' },
    service: { word: 'Service order', path: '/tmf-api/serviceOrdering/v4/serviceOrder', items: 'serviceOrderItem', thing: 'service',
      specification: 'serviceSpecification', characteristics: 'serviceCharacteristic', relationships: 'serviceOrderItemRelationship' },
  };
  // TMF item actions as the customer order line names them.
  const ACTIONS = { add: 'Add', modify: 'Change', delete: 'Disconnect', noChange: 'No change' };
  const KINDS = { productOffering: 'Product offerings', productSpecification: 'Product specifications',
    serviceSpecification: 'Service specifications', party: 'Customers (parties)', product: 'Products in inventory', service: 'Services in inventory' };

  const $ = (id) => document.getElementById(id);
  let key = new URLSearchParams(location.search).get('code') || sessionStorage.getItem(KEY_STORE) || '';
  const inbound = { state: null, offset: 0, selected: null };
  const orders = { type: 'product', externalId: '', state: '', offset: 0, selected: null };

  // ---- building blocks ----------------------------------------------------------------------------------------------
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function ago(iso) {
    const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (seconds < 10) return 'just now';
    if (seconds < 60) return `${seconds} s ago`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
    const days = Math.floor(seconds / 86400);
    return `${days} day${days === 1 ? '' : 's'} ago`;
  }

  const when = (iso) => iso ? el('time', { datetime: iso, title: new Date(iso).toLocaleString() }, ago(iso)) : '—';
  // A time of today needs no date.
  const clock = (date) => date.toDateString() === new Date().toDateString() ? date.toLocaleTimeString() : date.toLocaleString();
  const stamp = (iso) => iso ? el('span', { title: new Date(iso).toISOString() }, clock(new Date(iso)), el('span', { class: 'muted' }, ` (${ago(iso)})`)) : '—';
  const badge = (state) => el('span', { class: `badge ${state}` }, STATE_WORDS[state] || state);
  const shortId = (id) => el('span', { class: 'id', title: id }, id.length > 14 ? `${id.slice(0, 6)}…${id.slice(-6)}` : id);
  const facts = (pairs) => el('dl', { class: 'facts' }, pairs.filter(Boolean).map(([term, value]) => [el('dt', {}, term), el('dd', {}, value ?? '—')]));

  function rows(tbody, items, columns, options = {}) {
    tbody.replaceChildren();
    if (items.length === 0) {
      tbody.append(el('tr', {}, el('td', { class: 'empty', colspan: String(columns) }, options.empty || 'Nothing to show.')));
      return;
    }
    for (const item of items) tbody.append(options.row(item));
  }

  // total is null when the app did not count every match (X-Total-Count left out): a full page may have more after it.
  function pager(container, offset, shown, total, go, [back, next]) {
    const known = total !== null;
    const range = shown === 0 ? 'None' : `${offset + 1}–${offset + shown}`;
    container.replaceChildren(
      el('span', {}, known ? (total === 0 ? 'None' : `${range} of ${total}`) : (shown < PAGE_SIZE ? range : `${range} of more`)),
      el('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - PAGE_SIZE)) }, back),
      el('button', { type: 'button', disabled: known ? offset + shown >= total : shown < PAGE_SIZE, onclick: () => go(offset + PAGE_SIZE) }, next));
  }

  function totalOf(response) {
    const header = response.headers.get('X-Total-Count');
    return header === null ? null : Number(header);
  }

  function notice(text, bad) {
    const box = $('notice');
    box.textContent = text;
    box.className = bad ? 'banner bad' : 'banner';
    box.hidden = !text;
  }

  // What a TM Forum error body says, in one line.
  const problemText = (response) => response.body && response.body.message
    ? `${response.body.reason || 'Refused'}: ${response.body.message}`
    : `The app answered ${response.status}.`;

  // ---- talking to the app -------------------------------------------------------------------------------------------
  async function api(path, options = {}) {
    const headers = new Headers(options.headers || {});
    headers.set('Accept', 'application/json');
    if (key) headers.set('x-functions-key', key);
    let response;
    try {
      response = await fetch(path, { ...options, headers, cache: 'no-store' });
    } catch (error) {
      notice(`The app did not answer (${error.message}). Is it running?`, true);
      throw error;
    }
    const text = await response.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = null; }
    if (response.status === 401) askForKey(body);
    return { ok: response.ok, status: response.status, headers: response.headers, body };
  }

  function askForKey(body) {
    $('key-message').textContent = (body && body.message ? `${body.message} ` : '') +
      'Open the console as /manage/console?code=<admin key>, or give the key here (kept for this tab only).';
    $('key-form').hidden = false;
  }

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    key = $('key-input').value.trim();
    sessionStorage.setItem(KEY_STORE, key);
    $('key-form').hidden = true;
    show();
  });

  // ---- inbound queue --------------------------------------------------------------------------------------------------
  async function loadSummary() {
    const response = await api('/manage/inboundQueue/summary');
    if (!response.ok) return;
    const counts = response.body;
    const total = STATES.reduce((sum, state) => sum + (counts[state] || 0), 0);
    const button = (state, label, count) => el('button', {
      type: 'button', class: state || 'All', 'aria-pressed': String(inbound.state === state), 'data-state': state || 'All',
      onclick: () => { inbound.state = state; inbound.offset = 0; loadInbound(); },
    }, el('b', {}, String(count)), label);
    $('state-counts').replaceChildren(button(null, 'All entries', total),
      ...STATES.map((state) => button(state, STATE_WORDS[state], counts[state] || 0)));
  }

  async function loadEntries() {
    const query = new URLSearchParams({ sort: '-createdAt', offset: String(inbound.offset), limit: String(PAGE_SIZE) });
    if (inbound.state) query.set('state', inbound.state);
    const response = await api(`/manage/inboundQueue?${query}`);
    const tbody = $('entries').querySelector('tbody');
    $('entries-caption').textContent = `${inbound.state ? STATE_WORDS[inbound.state] : 'All'} entries, newest first`;
    if (!response.ok) { rows(tbody, [], 7, { empty: problemText(response) }); return; }
    const total = totalOf(response);
    rows(tbody, response.body, 7, {
      empty: inbound.state ? `No entry is ${STATE_WORDS[inbound.state]}.` : 'No async order has come in yet.',
      row: (entry) => el('tr', {
        class: 'pick', tabindex: '0', 'data-id': entry.id, 'aria-selected': String(entry.id === inbound.selected),
        onclick: () => { location.hash = `#/inbound/${entry.id}`; },
        onkeydown: (event) => { if (event.key === 'Enter') location.hash = `#/inbound/${entry.id}`; },
      },
      el('td', {}, shortId(entry.id)), el('td', { class: 'nowrap' }, entry.externalId || '—'), el('td', { class: 'nowrap' }, ORDER_TYPES[entry.orderType].word),
      el('td', {}, entry.source), el('td', { class: 'num' }, String(entry.attempts)), el('td', {}, badge(entry.state)),
      el('td', {}, when(entry.createdAt))),
    });
    pager($('entries-pager'), inbound.offset, response.body.length, total, (offset) => { inbound.offset = offset; loadEntries(); },
      ['← Newer', 'Older →']);
  }

  async function loadEntry() {
    const panel = $('entry');
    if (!inbound.selected) { panel.hidden = true; return; }
    const response = await api(`/manage/inboundQueue/${encodeURIComponent(inbound.selected)}`);
    panel.hidden = false;
    if (!response.ok) { panel.replaceChildren(el('div', { class: 'problem' }, problemText(response))); return; }
    const entry = response.body;
    const type = ORDER_TYPES[entry.orderType];
    const parts = [
      el('h3', {}, 'Entry', el('span', { class: 'id' }, entry.id), badge(entry.state)),
      facts([
        ['Order type', type.word],
        ['External id', entry.externalId],
        ['Source', entry.source],
        ['Attempts', String(entry.attempts)],
        ['Accepted', stamp(entry.createdAt)],
        ['Last change', stamp(entry.updatedAt)],
        entry.leaseUntil && ['Claimed until', stamp(entry.leaseUntil)],
        entry.state === 'Cancelled' && ['Cancelled by the client', entry.cancellationReason || 'no reason given'],
        ['Its order', el('a', { href: `#/orders/${entry.orderType}/${entry.id}` },
          entry.state === 'Done' ? 'Open the customer order' : 'Open the order as a client sees it now')],
      ]),
    ];
    for (const error of entry.errorMessage || []) {
      parts.push(el('div', { class: 'problem', role: 'alert' },
        el('p', {}, el('b', {}, error.reason || 'Error'), error.code ? ` (${error.code})` : ''),
        el('p', { class: 'error-message' }, error.message || ''),
        entry.errorDetail && el('details', {}, el('summary', {}, 'What failed, for admins'), el('pre', {}, entry.errorDetail))));
    }
    if (entry.state === 'Error') {
      parts.push(el('p', {}, el('button', { type: 'button', class: 'primary', onclick: (event) => retry(entry.id, event.target) },
        'Retry this entry'), el('span', { class: 'muted' }, ' It goes back to New and is processed again.')));
    }
    parts.push(el('table', { class: 'list history' },
      el('caption', {}, 'History'),
      el('thead', {}, el('tr', {}, el('th', {}, 'State'), el('th', {}, 'When'), el('th', {}, 'Why'))),
      el('tbody', {}, (entry.history || []).map((step) =>
        el('tr', {}, el('td', {}, badge(step.state)), el('td', {}, stamp(step.at)), el('td', {}, step.reason || ''))))));
    panel.replaceChildren(...parts);
  }

  async function retry(id, button) {
    button.disabled = true;
    const response = await api(`/manage/inboundQueue/${encodeURIComponent(id)}/retry`, { method: 'POST' });
    notice(response.ok ? `Entry ${id} is New again and queued; it will be processed shortly.` : problemText(response), !response.ok);
    await loadInbound();
  }

  const loadInbound = () => Promise.all([loadSummary(), loadEntries(), loadEntry()]);

  // ---- customer orders ----------------------------------------------------------------------------------------------
  const customerOf = (order) => (order.relatedParty || [])
    .filter((party) => /^(customer|consumer)$/i.test(party.role || party['@referredType'] || ''))
    .map((party) => party.name ? `${party.name} (${party.id})` : party.id).join(', ') || '—';

  async function loadOrders() {
    const type = ORDER_TYPES[orders.type];
    const query = new URLSearchParams({ offset: String(orders.offset), limit: String(PAGE_SIZE), fields: 'id,externalId,state,orderDate,relatedParty' });
    if (orders.externalId) query.set('externalId', orders.externalId);
    if (orders.state) query.set('state', orders.state);
    const response = await api(`${type.path}?${query}`);
    const tbody = $('orders').querySelector('tbody');
    $('orders-caption').textContent = `${type.word}s`;
    if (!response.ok) { rows(tbody, [], 5, { empty: problemText(response) }); return; }
    const total = totalOf(response);
    rows(tbody, response.body, 5, {
      empty: 'No order matches.',
      row: (order) => el('tr', {
        class: 'pick', tabindex: '0', 'data-id': order.id, 'aria-selected': String(order.id === orders.selected),
        onclick: () => { location.hash = `#/orders/${orders.type}/${order.id}`; },
        onkeydown: (event) => { if (event.key === 'Enter') location.hash = `#/orders/${orders.type}/${order.id}`; },
      }, el('td', {}, shortId(order.id)), el('td', {}, order.externalId || '—'), el('td', {}, order.state),
      el('td', {}, customerOf(order)), el('td', {}, when(order.orderDate))),
    });
    pager($('orders-pager'), orders.offset, response.body.length, total, (offset) => { orders.offset = offset; loadOrders(); },
      ['← Previous', 'Next →']);
  }

  const reference = (ref) => ref ? (ref.name ? `${ref.id} — ${ref.name}` : ref.id) : '—';
  const characteristic = (c) => el('li', {}, el('span', { class: 'muted' }, `${c.name} = `), typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value));
  const place = (p) => el('li', {}, [p.id, p.name, p.role && `(${p.role})`].filter(Boolean).join(' '));

  function relatedLines(item, typeName) {
    const links = (item[ORDER_TYPES[typeName].relationships] || []).map((relation) =>
      el('li', {}, `${relation.relationshipType} line ${typeName === 'service' ? relation.orderItem?.itemId : relation.id}`));
    return links.length ? el('ul', { class: 'plain' }, links) : '—';
  }

  function lineRow(item, typeName) {
    const type = ORDER_TYPES[typeName];
    const thing = item[type.thing] || {};
    const characteristics = thing[type.characteristics] || [];
    const places = thing.place || [];
    return el('tr', { 'data-line': item.id },
      el('td', {}, item.id),
      el('td', { class: 'action' }, ACTIONS[item.action] || item.action),
      el('td', {}, reference(item.productOffering)),
      el('td', {}, reference(thing[type.specification])),
      el('td', {}, thing.id || '—'),
      el('td', {}, characteristics.length ? el('ul', { class: 'plain' }, characteristics.map(characteristic)) : '—'),
      el('td', {}, places.length ? el('ul', { class: 'plain' }, places.map(place)) : '—'),
      el('td', {}, relatedLines(item, typeName)));
  }

  async function loadOrder() {
    const panel = $('order');
    if (!orders.selected) { panel.hidden = true; return; }
    const type = ORDER_TYPES[orders.type];
    const response = await api(`${type.path}/${encodeURIComponent(orders.selected)}`);
    panel.hidden = false;
    if (!response.ok) { panel.replaceChildren(el('div', { class: 'problem' }, problemText(response))); return; }
    const order = response.body;
    const items = order[type.items] || [];
    const parts = [
      el('h3', {}, type.word, el('span', { class: 'id' }, order.id), el('span', { class: 'badge' }, order.state)),
      facts([
        ['External id', order.externalId],
        ['Customer', customerOf(order)],
        ['Ordered', stamp(order.orderDate)],
        order.description && ['Description', order.description],
        order.requestedCompletionDate && ['Wanted by', new Date(order.requestedCompletionDate).toLocaleString()],
        ['Inbound entry', el('a', { href: `#/inbound/${order.id}` }, 'Open its entry in the inbound queue')],
      ]),
    ];
    for (const error of order.errorMessage || []) {
      parts.push(el('div', { class: 'problem' }, el('p', {}, el('b', {}, error.reason || 'Rejected')), el('p', {}, error.message || '')));
    }
    parts.push(el('table', { class: 'list lines' },
      el('caption', {}, `Lines (${items.length})`),
      el('thead', {}, el('tr', {}, ['Line', 'Action', 'Offering', 'Specification', `${typeName(orders.type)} in inventory`,
        'Characteristics', 'Place', 'Related lines'].map((title) => el('th', {}, title)))),
      el('tbody', {}, items.map((item) => lineRow(item, orders.type)))));
    panel.replaceChildren(...parts);
  }

  const typeName = (name) => name === 'product' ? 'Product' : 'Service';

  $('order-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    orders.type = form.get('type');
    orders.externalId = String(form.get('externalId') || '').trim();
    orders.state = form.get('state');
    orders.offset = 0;
    if (location.hash.startsWith('#/orders/')) location.hash = '#/orders';
    else loadOrders();
  });

  // ---- reference data -----------------------------------------------------------------------------------------------
  async function loadReferenceCounts() {
    const response = await api('/manage/referenceData/summary');
    const tbody = $('reference-counts').querySelector('tbody');
    if (!response.ok) { rows(tbody, [], 3, { empty: problemText(response) }); return; }
    rows(tbody, Object.entries(response.body), 3, {
      row: ([kind, count]) => el('tr', { 'data-kind': kind }, el('td', {}, KINDS[kind] || kind), el('td', {}, el('code', {}, kind)),
        el('td', { class: 'num' }, String(count))),
    });
  }

  $('reference-load').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = $('reference-file').files[0];
    const result = $('reference-result');
    if (!file) return;
    result.replaceChildren(el('p', { class: 'muted' }, `Loading ${file.name}…`));
    const response = await api('/manage/referenceData', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: await file.text(),
    });
    if (response.ok) {
      const written = Object.entries(response.body).map(([kind, count]) => `${count} ${(KINDS[kind] || kind).toLowerCase()}`).join(', ');
      result.replaceChildren(el('div', { class: 'ok', role: 'status' }, `${file.name} is loaded: ${written}.`));
      await loadReferenceCounts();
      return;
    }
    const details = (response.body && response.body.details) || [];
    result.replaceChildren(el('div', { class: 'problem', role: 'alert' },
      el('p', {}, el('b', {}, `${file.name} was refused; nothing was stored.`)), el('p', {}, problemText(response))),
    details.length ? el('table', { class: 'list problems' },
      el('caption', {}, `Problems (${details.length})`),
      el('thead', {}, el('tr', {}, el('th', {}, 'Where in the document'), el('th', {}, 'Problem'))),
      el('tbody', {}, details.map((detail) => el('tr', {}, el('td', {}, el('code', {}, detail.path || '(the document)')), el('td', {}, detail.message))))) : '');
  });

  // ---- validation switches ------------------------------------------------------------------------------------------
  async function loadSwitches() {
    const response = await api('/manage/validationSwitches');
    const tbody = $('switches').querySelector('tbody');
    if (!response.ok) { rows(tbody, [], 4, { empty: problemText(response) }); return; }
    rows(tbody, response.body, 4, {
      row: (toggle) => el('tr', { 'data-setting': toggle.setting },
        el('td', {}, ORDER_TYPES[toggle.orderType].word + 's'),
        el('td', {}, toggle.mode === 'sync' ? 'sync (answered 201 at once)' : 'async (through the inbound queue)'),
        el('td', {}, el('span', { class: `badge ${toggle.businessValidation ? 'On' : 'Off'}` }, toggle.businessValidation ? 'On' : 'Off')),
        el('td', {}, el('code', {}, toggle.setting))),
    });
  }

  // ---- navigation and refresh ---------------------------------------------------------------------------------------
  const views = { inbound: loadInbound, orders: () => Promise.all([loadOrders(), loadOrder()]), reference: loadReferenceCounts, validation: loadSwitches };
  let current = 'inbound';

  async function show() {
    const [view, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
    current = views[view] ? view : 'inbound';
    if (current === 'inbound') inbound.selected = rest[0] || null;
    if (current === 'orders') {
      if (rest.length === 2 && ORDER_TYPES[rest[0]]) {
        orders.selected = rest[1];
        if (orders.type !== rest[0]) { orders.type = rest[0]; orders.offset = 0; $('order-filter').elements.type.value = rest[0]; }
      } else {
        orders.selected = null;
      }
    }
    for (const name of Object.keys(views)) $(`view-${name}`).hidden = name !== current;
    for (const link of document.querySelectorAll('nav a')) {
      if (link.dataset.view === current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
    await refresh();
  }

  async function refresh() {
    try {
      await views[current]();
      $('refreshed').textContent = `Updated ${new Date().toLocaleTimeString()}` + (current === 'inbound' ? ' · refreshes every 5 s' : '');
    } catch (error) {
      $('refreshed').textContent = `Not updated: ${error.message}`;
    }
  }

  window.addEventListener('hashchange', () => { notice(''); show(); });
  // Only the inbound queue moves by itself; the other views change when someone acts. A slow app gets no second
  // refresh on top of one still under way.
  let refreshing = false;
  setInterval(async () => {
    if (current !== 'inbound' || document.hidden || refreshing) return;
    refreshing = true;
    try { await refresh(); } finally { refreshing = false; }
  }, REFRESH_MS);
  show();
})();
