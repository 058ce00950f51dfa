// "/": search across the five collections (results grouped by kind and linked); the standards and pools with
// their size on asOf. Works on any data: nothing here names an id.
import {get, seg} from '../api.js';
import {barOption, chartWithTable, colors, fmt, h, link, links, pageHeader, pagedList, pagedView, section} from '../ui.js';

const KINDS = [
  {kind: 'organization', one: 'Organisation', title: 'Organisations', path: '/api/v1/organizations',
    columns: [{label: 'Organisation', value: r => link('organization', r.id, r.name || r.id)},
      {label: 'Id', value: r => h('code', {}, r.id)}, {label: 'Kind', value: r => r.kind}, {label: 'Country', value: r => r.country}]},
  {kind: 'patent', one: 'Patent', title: 'Patents', path: '/api/v1/patents',
    columns: [{label: 'Patent', value: r => link('patent', r.id)}, {label: 'Title', value: r => r.title},
      {label: 'Other numbers', value: r => (r.aliases || []).join(', ')}, {label: 'Status', value: r => r.status},
      {label: 'Expires', value: r => r.expires}]},
  {kind: 'standard', one: 'Standard', title: 'Standards', path: '/api/v1/standards',
    columns: [{label: 'Standard', value: r => link('standard', r.id)}, {label: 'Title', value: r => r.title},
      {label: 'Body', value: r => r.body}, {label: 'Part of', value: r => links('standard', r.partOf)}]},
  {kind: 'pool', one: 'Pool', title: 'Pools', path: '/api/v1/pools',
    columns: [{label: 'Pool', value: r => link('pool', r.id, r.name || r.id)}, {label: 'Id', value: r => h('code', {}, r.id)},
      {label: 'Administrator', value: r => r.administrator}]},
  {kind: 'license', one: 'Licence', title: 'Licences', path: '/api/v1/licenses',
    columns: [{label: 'Licence', value: r => link('license', r.id)}, {label: 'Kind', value: r => r.kind},
      {label: 'Grantor', value: r => (r.grantor && r.grantor.pool ? link('pool', r.grantor.pool) : link('organization', r.grantor && r.grantor.organization))},
      {label: 'Grantees', value: r => links('organization', r.grantees)},
      {label: 'In force', value: r => `${fmt.date(r.granted)} – ${fmt.date(r.expires)}`}]},
];

export async function render(view, ctx) {
  const q = (ctx.query.get('q') || '').trim();
  document.title = q ? `“${q}” · sepgraph` : 'sepgraph';
  view.append(pageHeader('', q ? `Search: “${q}”` : 'Overview',
    q ? 'Organisations, patents (any publication number), standards, pools and licences whose id or name contains it.'
      : 'Coverage of standards, reach of organisations and the pools that bind them' + (ctx.asOf ? `, as of ${ctx.asOf}` : ', as of today') + '.'));
  if (q) {
    await search(view, q);
  } else {
    view.append(quickSearch());
  }
  await Promise.all([largestStandards(view, ctx), pools(view, ctx)]);
}

function quickSearch() {
  const input = h('input', {id: 'home-q', name: 'q', type: 'search', placeholder: 'e.g. an organisation, a standard, a patent number'});
  return h('form', {class: 'card home-search', role: 'search', onsubmit: e => {
    e.preventDefault();
    document.getElementById('search-q').value = input.value;
    document.getElementById('search-form').requestSubmit();
  }}, h('label', {for: 'home-q'}, 'Find an organisation, patent, standard, pool or licence'),
  h('div', {class: 'inline'}, input, h('button', {type: 'submit', class: 'primary'}, 'Search')));
}

async function search(view, q) {
  const results = h('div', {class: 'results', dataset: {results: q}});
  view.append(results);
  const counts = h('p', {class: 'result-counts', role: 'status'});
  results.append(counts);
  const found = {};
  const groups = KINDS.map(k => {
    const group = section(k.title);
    group.dataset.kind = k.kind;
    const list = pagedList({caption: `${k.title} matching “${q}”`, columns: k.columns, size: 10, empty: `No ${k.title.toLowerCase()} match.`,
      fetchPage: (page, size) => get(k.path, {q, page, size}), onTotal: t => {
        found[k.title] = t;
        group.dataset.total = String(t);
      }});
    group.append(list);
    results.append(group);
    return list.ready;
  });
  await Promise.all(groups);
  const parts = KINDS.map(k => `${fmt.int(found[k.title] || 0)} ${(found[k.title] === 1 ? k.one : k.title).toLowerCase()}`);
  counts.textContent = 'Found ' + parts.join(', ') + '.';
  // Groups without results go last, so what was found comes first.
  [...results.querySelectorAll('section')].filter(s => s.dataset.total === '0').forEach(s => results.append(s));
}

/** The standards, a page at a time, each with its coverage on asOf (essential and covered families), largest first. */
async function largestStandards(view, ctx) {
  const box = section('Standards');
  box.dataset.part = 'standards';
  box.append(h('p', {class: 'muted'}, 'Essential and covered families of each standard on this page of the list (by id), largest first; on the date and territories of the page.'));
  const paged = pagedView({label: 'Standards', size: 10, load: async (page, size) => {
    const list = await get('/api/v1/standards', {page, size});
    const rows = await Promise.all(list.items.map(async s => {
      const c = await get(`/api/v1/standards/${seg(s.id)}/coverage`, {asOf: ctx.asOf, territory: ctx.territory, size: 1});
      return {id: s.id, title: s.title, essential: c.essential, covered: c.covered, ratio: c.ratio};
    }));
    rows.sort((a, b) => b.essential - a.essential || a.id.localeCompare(b.id));
    const option = barOption([], {});
    option.legend = {top: 0, data: ['essential', 'covered']};
    option.grid.top = 28;
    option.yAxis.data = rows.map(r => r.id);
    option.series = [
      {name: 'essential', type: 'bar', barMaxWidth: 14, itemStyle: {color: colors.neutral}, data: rows.map(r => r.essential), label: {show: true, position: 'right'}},
      {name: 'covered', type: 'bar', barMaxWidth: 14, itemStyle: {color: colors.covered}, data: rows.map(r => r.covered), label: {show: true, position: 'right'}},
    ];
    return {total: list.total, element: rows.length ? chartWithTable({name: 'standards-coverage', title: 'Essential and covered families by standard',
      description: `${rows.length} standards`, option, height: Math.max(180, 60 + rows.length * 34),
      columns: [{label: 'Standard', value: r => link('standard', r.id)}, {label: 'Essential', num: true, value: r => fmt.int(r.essential)},
        {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Ratio', num: true, value: r => fmt.pct(r.ratio)}],
      rows}) : h('p', {class: 'empty'}, 'No standard yet: import a file.')};
  }});
  box.append(paged);
  view.append(box);
  await paged.ready;
}

/** The pools, a page at a time, each with the patents it lists and its red flags on asOf. */
async function pools(view, ctx) {
  const box = section('Pools');
  box.dataset.part = 'pools';
  const paged = pagedView({label: 'Pools', size: 10, load: async (page, size) => {
    const list = await get('/api/v1/pools', {page, size});
    const rows = await Promise.all(list.items.map(async p => {
      const [contents, binding] = await Promise.all([
        get('/api/v1/pool-patents', {pool: p.id, size: 1}),
        get(`/api/v1/pools/${seg(p.id)}/binding`, {asOf: ctx.asOf})]);
      return {id: p.id, name: p.name, listed: contents.total, standards: binding.standards.map(s => s.standard),
        redFlags: binding.redFlags.length};
    }));
    rows.sort((a, b) => b.listed - a.listed || a.id.localeCompare(b.id));
    const option = barOption([], {});
    option.legend = {top: 0, data: ['patents listed', 'red flags']};
    option.grid.top = 28;
    option.yAxis.data = rows.map(r => r.name || r.id);
    option.series = [
      {name: 'patents listed', type: 'bar', barMaxWidth: 14, itemStyle: {color: colors.pool}, data: rows.map(r => r.listed), label: {show: true, position: 'right'}},
      {name: 'red flags', type: 'bar', barMaxWidth: 14, itemStyle: {color: colors.uncovered}, data: rows.map(r => r.redFlags), label: {show: true, position: 'right'}},
    ];
    return {total: list.total, element: rows.length ? chartWithTable({name: 'pools-size', title: 'Patents listed and red flags by pool', description: `${rows.length} pools`,
      option, height: Math.max(160, 60 + rows.length * 40),
      columns: [{label: 'Pool', value: r => link('pool', r.id, r.name || r.id)}, {label: 'Patents listed', num: true, value: r => fmt.int(r.listed)},
        {label: 'Red flags', num: true, value: r => fmt.int(r.redFlags)}, {label: 'Binds', value: r => links('standard', r.standards)}],
      rows}) : h('p', {class: 'empty'}, 'No pool yet.')};
  }});
  box.append(paged);
  view.append(box);
  await paged.ready;
}
