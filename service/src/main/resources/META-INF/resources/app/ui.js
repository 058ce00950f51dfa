// Small DOM helpers shared by the pages: elements built from data (text is never parsed as HTML), links that keep
// the page's asOf and territory, tables, pagers, figures, and charts with their figures as a table beside them.
import {ApiError} from './api.js';

/** h('a', {href}, 'text', child, ...): an element; strings become text nodes, null and false are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The context every page keeps in its address: asOf and territory (and nothing secret). */
export const context = {asOf: '', territory: ''};

/** An address of the application with the page context (asOf, territory) and extra query parameters. */
export function href(path, extra = {}) {
  const q = new URLSearchParams();
  if (context.asOf) q.set('asOf', context.asOf);
  if (context.territory) q.set('territory', context.territory);
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined || v === null || v === '') q.delete(k);
    else q.set(k, v);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

const PAGES = {
  organization: 'organizations', patent: 'patents', standard: 'standards', pool: 'pools', license: 'licenses',
  Organization: 'organizations', Patent: 'patents', Standard: 'standards', Pool: 'pools', License: 'licenses',
};

/** A link to the page of a thing of that kind, or plain text when there is no such page. */
export function link(kind, id, text) {
  if (id === undefined || id === null || id === '') return '';
  const collection = PAGES[kind];
  if (!collection) return h('span', {class: 'id'}, text ?? id);
  return h('a', {href: href(`/${collection}/${encodeURIComponent(id)}`)}, text ?? id);
}

/** Several links separated by commas; past `max`, a count of the others. */
export function links(kind, ids, max = Infinity) {
  const out = [];
  const all = ids || [];
  all.slice(0, max).forEach((id, i) => {
    if (i) out.push(', ');
    out.push(link(kind, id));
  });
  if (all.length > max) out.push(h('span', {class: 'muted'}, ` and ${fmt.int(all.length - max)} more`));
  return out.length ? out : h('span', {class: 'muted'}, '—');
}

export const fmt = {
  int: n => (n === undefined || n === null ? '—' : Number(n).toLocaleString('en-US')),
  pct: r => (r === undefined || r === null ? '—' : (100 * r).toFixed(1) + ' %'),
  date: d => d || '—',
  yesNo: b => (b === undefined || b === null ? '—' : b ? 'yes' : 'no'),
};

/** Words for the enum values the API answers with. */
export const words = {
  OWNED: 'owned by its group', LICENSED: 'licensed by the owner', POOL: 'licensed by a pool',
  SUBLICENSED: 'sublicensed (two or more licences)',
  NOT_DECLARED: 'not declared essential to any standard the pool binds',
  REJECTED: 'only rejected declarations to the standards the pool binds',
  NOT_IN_FORCE: 'not in force on this date (the pool still lists it)',
};

/** A section with a heading (h2) and content. */
export function section(title, ...children) {
  const id = 's-' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return h('section', {class: 'card', 'aria-labelledby': id}, h('h2', {id}, title), ...children);
}

/** The page heading: a kind label, the title and a subtitle. */
export function pageHeader(kind, title, subtitle) {
  return h('div', {class: 'page-head'},
    kind ? h('p', {class: 'kind'}, kind) : null,
    h('h1', {tabindex: '-1'}, title),
    subtitle ? h('p', {class: 'subtitle'}, subtitle) : null);
}

/** Headline figures: [[label, value, note?], ...]. */
export function figures(items) {
  return h('dl', {class: 'figures'}, items.map(([label, value, note]) =>
    h('div', {class: 'figure'}, h('dt', {}, label), h('dd', {}, value), note ? h('dd', {class: 'note'}, note) : null)));
}

/** Facts as a definition list: [[label, value], ...]; empty values show as a dash. */
export function facts(items) {
  return h('dl', {class: 'facts'}, items.map(([label, value]) =>
    h('div', {}, h('dt', {}, label), h('dd', {}, value === undefined || value === null || value === '' ? '—' : value))));
}

/**
 * A table. columns: [{label, value: row => text or node, num: true?}]; rows: array.
 * The figures of a chart use the same function, from the same rows.
 */
export function table(caption, columns, rows, {empty = 'None.', cls = ''} = {}) {
  if (!rows || rows.length === 0) {
    return h('p', {class: 'empty'}, empty);
  }
  return h('div', {class: 'table-wrap'}, h('table', {class: 'data ' + cls},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', {scope: 'col', class: c.num ? 'num' : ''}, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, columns.map((c, i) => {
      const v = c.value(r);
      const cell = v === undefined || v === null || v === '' ? '—' : v;
      return i === 0 && c.header !== false
        ? h('th', {scope: 'row', class: c.num ? 'num' : ''}, cell)
        : h('td', {class: c.num ? 'num' : ''}, cell);
    }))))));
}

/** A loading placeholder, announced to screen readers. */
export function loading(what = 'Loading') {
  return h('p', {class: 'loading', role: 'status'}, what + '…');
}

/** An error in words: the problem's detail; 404 says what was not found; 401/403 are explained. */
export function errorBox(error, what) {
  if (error instanceof ApiError) {
    const title = error.status === 404 ? (what ? `${what} not found` : 'Not found')
      : error.status === 401 ? 'API key needed'
        : error.status === 403 ? 'Not allowed with this key'
          : error.status === 0 ? 'Service unreachable' : (error.problem.title || 'Error');
    return h('div', {class: 'error', role: 'alert', dataset: {status: String(error.status)}},
      h('p', {class: 'error-title'}, title),
      h('p', {}, error.explain()),
      error.problem.field && error.status !== 404 ? h('p', {class: 'muted'}, 'Field: ', h('code', {}, error.problem.field)) : null,
      error.status === 401 ? h('p', {}, h('button', {type: 'button', class: 'primary', onclick: () =>
        document.dispatchEvent(new CustomEvent('sepgraph:ask-key'))}, 'Enter API key')) : null);
  }
  console.warn(error);
  return h('div', {class: 'error', role: 'alert'}, h('p', {class: 'error-title'}, 'Error'), h('p', {}, String(error.message || error)));
}

/** Replace an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A paged list: fetchPage(page, size) answers {items, total, page, size} (the API's shape, or a slice of an array
 * the page already holds); columns as in table(). Shows "1–10 of 34" and Previous/Next buttons.
 */
export function pagedList({caption, columns, fetchPage, size = 10, empty = 'None.', onTotal, first}) {
  const box = h('div', {class: 'paged'});
  const body = h('div', {class: 'paged-body'});
  const status = h('span', {class: 'pager-status', 'aria-live': 'polite'});
  const prev = h('button', {type: 'button', class: 'pager-prev'}, '‹ Previous');
  const next = h('button', {type: 'button', class: 'pager-next'}, 'Next ›');
  const pager = h('div', {class: 'pager', role: 'navigation', 'aria-label': (caption || 'list') + ' pages'},
    prev, status, next);
  let current = 0;
  let total = 0;
  async function load(page) {
    body.setAttribute('aria-busy', 'true');
    try {
      // The first page may come with the answer the page already holds (no second request for it).
      const answer = page === 0 && first ? first : await fetchPage(page, size);
      first = null;
      current = answer.page ?? page;
      total = answer.total ?? answer.items.length;
      if (onTotal) onTotal(total);
      fill(body, table(caption, columns, answer.items, {empty}));
      const from = total === 0 ? 0 : current * size + 1;
      const to = Math.min(total, (current + 1) * size);
      status.textContent = total === 0 ? '' : `${fmt.int(from)}–${fmt.int(to)} of ${fmt.int(total)}`;
      prev.disabled = current === 0;
      next.disabled = (current + 1) * size >= total;
      pager.hidden = total <= size;
    } catch (e) {
      fill(body, errorBox(e));
      pager.hidden = true;
    } finally {
      body.removeAttribute('aria-busy');
    }
  }
  prev.addEventListener('click', () => load(current - 1));
  next.addEventListener('click', () => load(current + 1));
  box.append(body, pager);
  box.ready = load(0);
  return box;
}

/**
 * A paged view whose page is drawn by load(page, size) → {total, element} (e.g. a chart with its table for the
 * items of one page of a list); the same pager as pagedList.
 */
export function pagedView({label, size = 10, load}) {
  const box = h('div', {class: 'paged'});
  const body = h('div', {class: 'paged-body'});
  const status = h('span', {class: 'pager-status', 'aria-live': 'polite'});
  const prev = h('button', {type: 'button', class: 'pager-prev'}, '‹ Previous');
  const next = h('button', {type: 'button', class: 'pager-next'}, 'Next ›');
  const pager = h('div', {class: 'pager', role: 'navigation', 'aria-label': label + ' pages'}, prev, status, next);
  let current = 0;
  async function go(page) {
    body.setAttribute('aria-busy', 'true');
    try {
      const {total, element} = await load(page, size);
      current = page;
      fill(body, element);
      status.textContent = total ? `${fmt.int(page * size + 1)}–${fmt.int(Math.min(total, (page + 1) * size))} of ${fmt.int(total)}` : '';
      prev.disabled = page === 0;
      next.disabled = (page + 1) * size >= total;
      pager.hidden = total <= size;
    } catch (e) {
      fill(body, errorBox(e));
      pager.hidden = true;
    } finally {
      body.removeAttribute('aria-busy');
    }
  }
  prev.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  box.append(body, pager);
  box.ready = go(0);
  return box;
}

/** Page through an array the page already holds, with the same pager. */
export function arrayPages(array) {
  return async (page, size) => ({items: array.slice(page * size, (page + 1) * size), total: array.length, page, size});
}

const charts = new Set();

/** Dispose of every chart of the previous page (called on navigation). */
export function disposeCharts() {
  charts.forEach(c => c.dispose());
  charts.clear();
}

window.addEventListener('resize', () => charts.forEach(c => c.resize()));

/**
 * A chart with its figures as a table beside it, both from the same rows.
 * option: an ECharts option object, or a function of the chart's width and height answering one; columns/rows: the table. The chart's element carries data-chart="name"
 * and data-state="finished" once ECharts has drawn it.
 */
export function chartWithTable({name, title, description, option, columns, rows, height = 280, stacked = false}) {
  const chartEl = h('div', {class: 'chart', role: 'img', 'aria-label': `${title}: ${description || 'chart'}; the table beside it has the same figures`,
    dataset: {chart: name, state: 'pending'}, style: `height:${height}px`});
  const figure = h('figure', {class: 'chart-figure', dataset: {figure: name}},
    h('figcaption', {}, title),
    h('div', {class: stacked ? 'chart-grid stacked' : 'chart-grid'}, chartEl,
      h('div', {class: 'chart-table', dataset: {table: name}}, table(`${title} (figures of the chart)`, columns, rows))));
  // Draw once the element is in the document and has a size.
  requestAnimationFrame(() => draw(chartEl, option));
  return figure;
}

function draw(el, option) {
  if (!el.isConnected) {
    requestAnimationFrame(() => draw(el, option));
    return;
  }
  const chart = window.echarts.init(el, null, {renderer: 'canvas'});
  charts.add(chart);
  chart.on('finished', () => {
    el.dataset.state = 'finished';
  });
  // An option may depend on the drawing's size (a graph whose coordinates must keep circles round).
  const resolved = typeof option === 'function' ? option(el.clientWidth, el.clientHeight) : option;
  chart.setOption({animationDuration: 300, textStyle: {fontFamily: 'inherit', color: '#374151'}, ...resolved});
}

/** The palette of the charts (contrast ≥ 3:1 against white). */
export const colors = {
  covered: '#1f6f43', uncovered: '#b3261e', pool: '#1d4ed8', license: '#7c3aed', owner: '#0f766e',
  neutral: '#475569', route: {OWNED: '#0f766e', LICENSED: '#1d4ed8', POOL: '#7c3aed', SUBLICENSED: '#b45309'},
};

/** A horizontal bar chart option for [{label, value}] rows. */
export function barOption(rows, {color = colors.pool, max, valueName = '', percent = false} = {}) {
  return {
    grid: {left: 8, right: 48, top: 8, bottom: 24, containLabel: true},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    xAxis: {type: 'value', max, minInterval: percent ? undefined : 1, name: valueName, nameLocation: 'middle', nameGap: 24,
      axisLabel: {showMaxLabel: percent || max === undefined, ...(percent ? {formatter: v => v + ' %'} : {})}},
    yAxis: {type: 'category', inverse: true, data: rows.map(r => r.label), axisLabel: {width: 170, overflow: 'truncate', color: '#374151', fontSize: 12}},
    series: [{type: 'bar', barMaxWidth: 22, data: rows.map(r => ({value: r.value, itemStyle: {color: r.color || color}})),
      label: {show: true, position: 'right', formatter: p => (percent ? p.value + ' %' : p.value)}}],
  };
}

/**
 * Rows of country + number inputs (income per country, units per country), each with its own labels; "Add a
 * country" adds a row, "Remove" takes one away. element.values() answers {CC: number text} for the filled rows.
 */
export function countryRows({name, amountLabel, initial = [['', '']], step = 'any'}) {
  const list = h('div', {class: 'country-rows', dataset: {rows: name}});
  let n = 0;
  const add = (country = '', amount = '') => {
    const i = n++;
    const row = h('div', {class: 'country-row'},
      h('label', {for: `${name}-c-${i}`}, 'Country'),
      h('input', {id: `${name}-c-${i}`, name: `${name}-country`, value: country, size: 3, maxlength: 2, class: 'country',
        pattern: '[A-Za-z]{2}', title: 'a two-letter code', placeholder: 'CN', autocomplete: 'off'}),
      h('label', {for: `${name}-a-${i}`}, amountLabel),
      h('input', {id: `${name}-a-${i}`, name: `${name}-amount`, value: amount, type: 'number', min: '0', step, class: 'amount'}),
      h('button', {type: 'button', class: 'link-button', 'aria-label': `Remove country row ${i + 1}`, onclick: () => {
        row.remove();
        if (!list.querySelector('.country-row')) add();
      }}, 'Remove'));
    list.append(row);
    return row;
  };
  initial.forEach(([c, a]) => add(c, a));
  const box = h('div', {class: 'country-box'}, list,
    h('button', {type: 'button', class: 'add-country', onclick: () => add().querySelector('input').focus()}, 'Add a country'));
  box.values = () => {
    const out = {};
    list.querySelectorAll('.country-row').forEach(r => {
      const c = r.querySelector('.country').value.trim().toUpperCase();
      const a = r.querySelector('.amount').value.trim();
      if (c && a !== '') out[c] = a;
    });
    return out;
  };
  return box;
}

/** Money as the API answers it (a decimal string or number) with its currency: USD 600,000.00. */
export function money(amount, currency) {
  if (amount === undefined || amount === null) return '—';
  const n = Number(amount);
  const text = n.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 6});
  return currency ? `${currency} ${text}` : text;
}
