// /standards/{id}: coverage on asOf (figures, covered by pool and by licence, holdouts, covered and uncovered
// items), with a licensee and a unit; coverage over time (the series question, a line chart); binding (pools' shares,
// overlaps, clusters); the landscape (holders, jurisdictions, the expiry cliff, what lies outside pools and
// alliances) and the declarants (declaration quality by declarant).
import {get, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, pagedView, chartWithTable, colors, errorBox, facts, figures, fill, fmt, h, href, link, links,
  loading, pageHeader, pagedList, section} from '../ui.js';

export async function render(view, ctx) {
  const id = ctx.id;
  const unit = (ctx.query.get('unit') || 'FAMILY').toUpperCase();
  const licensee = ctx.query.get('licensee') || '';
  document.title = `${id} · standard · sepgraph`;
  let standard;
  try {
    standard = await get(`/api/v1/standards/${seg(id)}`);
  } catch (e) {
    view.append(pageHeader('Standard', id), errorBox(e, `Standard “${id}”`));
    return;
  }
  view.append(pageHeader('Standard', standard.id, standard.title),
    h('div', {class: 'card'}, facts([['Body', standard.body], ['Part of', links('standard', standard.partOf)],
      ['As of', ctx.asOf || 'today'], ['Territories', ctx.territory.length ? ctx.territory.join(', ') : 'all']])),
    options(ctx, unit, licensee));
  const params = {asOf: ctx.asOf, territory: ctx.territory, unit, licensee};
  const coverageBox = h('div', {}, loading('Computing coverage'));
  const bindingBox = h('div', {}, loading('Computing binding'));
  view.append(coverageBox, bindingBox);
  const landscapeBox = h('div', {}, loading('Computing the landscape'));
  const declarantsBox = h('div', {}, loading('Counting declarations'));
  view.append(landscapeBox, declarantsBox);
  await Promise.all([coverage(coverageBox, id, params, unit, licensee), binding(bindingBox, id, params, unit),
    landscape(landscapeBox, id, params, unit), declarants(declarantsBox, id, params)]);
  await extraSections(view, '/api/v1/standards/{id}', id, ['coverage', 'binding', 'landscape', 'declarants', 'coverage/series'], ctx);
}

/** The licensee and unit of the coverage, kept in the address with asOf and territory. */
function options(ctx, unit, licensee) {
  const form = h('form', {class: 'card options', 'aria-label': 'Coverage options', onsubmit: e => {
    e.preventDefault();
    window.sepgraphNavigate(href(location.pathname, {unit: form.unit.value === 'FAMILY' ? '' : form.unit.value,
      licensee: form.licensee.value.trim()}));
  }},
  h('label', {for: 'opt-licensee'}, 'Licensee'),
  h('input', {id: 'opt-licensee', name: 'licensee', value: licensee, placeholder: 'organisation id (optional)',
    'aria-describedby': 'opt-licensee-help'}),
  h('label', {for: 'opt-unit'}, 'Count'),
  h('select', {id: 'opt-unit', name: 'unit'},
    h('option', {value: 'FAMILY', selected: unit === 'FAMILY'}, 'families'),
    h('option', {value: 'PATENT', selected: unit === 'PATENT'}, 'patents')),
  h('button', {type: 'submit', class: 'primary'}, 'Answer'),
  h('p', {id: 'opt-licensee-help', class: 'help'}, 'With a licensee, covered means what that organisation may practise (owned by its group, or licensed to it through any chain).'));
  return form;
}

async function coverage(box, id, params, unit, licensee) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  let c;
  try {
    c = await get(`/api/v1/standards/${seg(id)}/coverage`, {...params, size: 10});
  } catch (e) {
    fill(box, section('Coverage', errorBox(e, licensee ? `Licensee “${licensee}”` : undefined)));
    return;
  }
  const s = section('Coverage');
  s.dataset.part = 'coverage';
  s.append(h('p', {class: 'lead'}, licensee
    ? `On ${c.asOf}, ${fmt.int(c.covered)} of the ${fmt.int(c.essential)} essential ${noun} of ${id} are reached by ${licensee}.`
    : `On ${c.asOf}, ${fmt.int(c.covered)} of the ${fmt.int(c.essential)} essential ${noun} of ${id} can be licensed through a pool or a licence; ${fmt.int(c.uncovered)} cannot.`),
  figures([[`Essential ${noun}`, fmt.int(c.essential)], ['Covered', fmt.int(c.covered)], ['Uncovered', fmt.int(c.uncovered)],
    ['Covered share', fmt.pct(c.ratio)], ['Unknown expiry', fmt.int(c.unknownExpiry), 'counted as in force']]));

  const split = [{label: 'covered', value: c.covered, color: colors.covered}, {label: 'uncovered', value: c.uncovered, color: colors.uncovered}];
  const donut = chartWithTable({name: 'coverage-split', title: `Covered and uncovered ${noun}`, description: `${c.covered} covered, ${c.uncovered} uncovered`,
    height: 200,
    option: {tooltip: {trigger: 'item'}, legend: {bottom: 0},
      series: [{type: 'pie', radius: ['42%', '68%'], center: ['50%', '46%'], label: {formatter: '{b}: {c}'},
        data: split.map(r => ({name: r.label, value: r.value, itemStyle: {color: r.color}, label: {show: r.value > 0}}))}]},
    columns: [{label: 'Status', value: r => r.label}, {label: noun[0].toUpperCase() + noun.slice(1), num: true, value: r => fmt.int(r.value)},
      {label: 'Share', num: true, value: r => fmt.pct(c.essential ? r.value / c.essential : 0)}],
    rows: split});

  const byWho = [...(c.byPool || []).map(p => ({kind: 'pool', id: p.pool, covered: p.covered})),
    ...(c.byLicense || []).map(l => ({kind: 'license', id: l.license, covered: l.covered}))];
  const bars = barOption(byWho.map(r => ({label: `${r.id}`, value: r.covered, color: r.kind === 'pool' ? colors.pool : colors.license})),
    {max: c.essential || undefined, valueName: `${noun} covered (of ${c.essential} essential)`});
  const byChart = byWho.length ? chartWithTable({name: 'coverage-by', title: `Covered ${noun} by pool and by licence`,
    description: `${byWho.length} pools and licences`, option: bars, height: Math.max(180, 50 + byWho.length * 30),
    columns: [{label: 'Pool or licence', value: r => link(r.kind, r.id)}, {label: 'Kind', value: r => (r.kind === 'pool' ? 'pool' : 'licence')},
      {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Of essential', num: true, value: r => fmt.pct(c.essential ? r.covered / c.essential : 0)}],
    rows: byWho}) : h('p', {class: 'empty'}, licensee ? 'With a licensee, coverage is by the licensee’s reach, not by pool or licence.' : 'No pool or licence covers any of them.');
  s.append(donut, byChart, byWho.length ? h('p', {class: 'muted chart-note'},
    h('span', {class: 'swatch', style: `background:${colors.pool}`}), ' pool  ',
    h('span', {class: 'swatch', style: `background:${colors.license}`}), ' licence. ',
    `A ${unit === 'PATENT' ? 'patent' : 'family'} is credited to a pool or licence only when that pool or licence covers every one of its essential patents.`) : null);
  box.replaceChildren(s);

  const holdouts = section('Holdouts');
  holdouts.dataset.part = 'holdouts';
  holdouts.append(h('p', {class: 'muted'}, `Owners of uncovered ${noun}, ranked by count (a co-owned one counts for each owner).`),
    pagedList({caption: 'Holdouts', size: 10, empty: `No holdouts: every essential ${unit === 'PATENT' ? 'patent' : 'family'} is covered.`,
      columns: [{label: 'Holder', value: r => link('organization', r.holder)}, {label: `Uncovered ${noun}`, num: true, value: r => fmt.int(r.count)}],
      fetchPage: arrayPages(c.holdouts || [])}));
  box.append(holdouts);

  const itemColumns = [
    {label: unit === 'PATENT' ? 'Patent' : 'Family', value: r => (r.kind === 'PATENT' ? link('patent', r.id) : h('span', {class: 'id'}, r.id))},
    {label: 'Essential patents', value: r => patentsCell(r.patents)},
    {label: 'Owners', value: r => links('organization', unique(r.patents.flatMap(p => p.owners || [])))},
    {label: 'Pools', value: r => links('pool', unique(r.patents.flatMap(p => p.pools || [])))},
    {label: 'Licences', value: r => links('license', unique(r.patents.flatMap(p => p.licenses || [])))},
  ];
  const pages = key => (page, size) => get(`/api/v1/standards/${seg(id)}/coverage`, {...params, page, size}).then(a => a[key]);
  box.append(overTime(id, params, unit, c.asOf));

  const covered = section(`Covered ${noun}`);
  covered.dataset.part = 'covered';
  covered.append(pagedList({caption: `Covered ${noun}`, columns: itemColumns, size: 10, fetchPage: pages('coveredItems'), empty: 'None.', first: c.coveredItems}));
  const uncovered = section(`Uncovered ${noun}`);
  uncovered.dataset.part = 'uncovered';
  uncovered.append(pagedList({caption: `Uncovered ${noun}`, columns: itemColumns.slice(0, 3), size: 10, fetchPage: pages('uncoveredItems'), empty: 'None.', first: c.uncoveredItems}));
  box.append(uncovered, covered);
}

function patentsCell(patents) {
  return h('ul', {class: 'plain'}, patents.map(p => h('li', {}, link('patent', p.patent), ' ',
    h('span', {class: 'tag'}, p.jurisdiction), p.covered ? null : h('span', {class: 'tag bad'}, 'uncovered'))));
}

function unique(values) {
  return [...new Set(values)].sort();
}

async function binding(box, id, params, unit) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  let b;
  try {
    b = await get(`/api/v1/standards/${seg(id)}/binding`, {asOf: params.asOf, unit});
  } catch (e) {
    fill(box, section('Pools binding the standard', errorBox(e)));
    return;
  }
  const s = section('Pools binding the standard');
  s.dataset.part = 'binding';
  s.append(h('p', {class: 'muted'}, `Every pool that binds ${id} or holds one of its ${fmt.int(b.essential)} essential ${noun} on ${b.asOf}, in all territories. Share = essential ${noun} the pool holds.`));
  const rows = b.pools.map(p => ({...p, pct: Math.round(p.share * 1000) / 10}));
  s.append(rows.length ? chartWithTable({name: 'binding-shares', title: 'Share of the essential set by pool', description: `${rows.length} pools`,
    option: barOption(rows.map(r => ({label: r.pool, value: r.pct, color: r.binds ? colors.pool : colors.neutral})), {max: 100, percent: true, valueName: 'share of essential'}),
    height: Math.max(160, 50 + rows.length * 34),
    columns: [{label: 'Pool', value: r => link('pool', r.pool)}, {label: 'Binds', value: r => fmt.yesNo(r.binds)},
      {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Share', num: true, value: r => r.pct + ' %'},
      {label: 'Licensors', value: r => links('organization', r.licensors, 6)}],
    rows}) : h('p', {class: 'empty'}, 'No pool binds this standard or holds any of its essential patents.'));
  box.replaceChildren(s);

  const overlaps = section('Overlaps between pools');
  overlaps.dataset.part = 'overlaps';
  overlaps.append(h('p', {class: 'muted'}, 'Pairs of pools holding the same essential patents on this date (royalty stacking).'),
    pagedList({caption: 'Overlaps', size: 10, empty: 'No two pools share essential patents.',
      columns: [{label: 'Pool', value: r => link('pool', r.a)}, {label: 'and pool', value: r => link('pool', r.b)},
        {label: `Shared ${noun}`, num: true, value: r => fmt.int(r.shared)},
        {label: 'Shared patents', num: true, value: r => fmt.int(r.sharedPatents)}],
      fetchPage: arrayPages(b.overlaps || [])}));
  const clusters = section('Pool clusters');
  clusters.dataset.part = 'clusters';
  clusters.append(pagedList({caption: 'Clusters', size: 10, empty: 'No cluster has a pool serving this standard.',
    columns: [{label: 'Cluster', value: r => h('span', {class: 'id'}, r.cluster)}, {label: 'Covered', num: true, value: r => fmt.int(r.covered)},
      {label: 'Share', num: true, value: r => fmt.pct(r.share)}, {label: 'Pools', value: r => links('pool', r.pools)}],
    fetchPage: arrayPages(b.clusters || [])}));
  box.append(overlaps, clusters);
}


/** A date as the series wants it: today when the page has no asOf. */
function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Coverage over time: GET /coverage/series from a date to the page's asOf by a step, drawn as lines (essential,
 * covered, and covered per pool), with every point's figures in the table beside the chart.
 */
function overTime(id, params, unit, asOf) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  const s = section('Coverage over time');
  s.dataset.part = 'over-time';
  const from = h('input', {id: 'ot-from', name: 'from', type: 'date', value: '2020-01-01', required: true});
  const to = h('input', {id: 'ot-to', name: 'to', type: 'date', value: asOf || today(), required: true});
  const step = h('select', {id: 'ot-step', name: 'step'},
    [['P1M', 'every month'], ['P3M', 'every quarter'], ['P6M', 'every half year'], ['P1Y', 'every year']].map(([v, label]) =>
      h('option', {value: v, selected: v === 'P3M'}, label)));
  const out = h('div', {});
  async function draw() {
    fill(out, loading('Asking the coverage series'));
    let a;
    try {
      a = await get(`/api/v1/standards/${seg(id)}/coverage/series`, {from: from.value, to: to.value, step: step.value,
        territory: params.territory, licensee: params.licensee, unit});
    } catch (err) {
      fill(out, errorBox(err));
      return;
    }
    const points = a.points || [];
    const pools = [...new Set(points.flatMap(p => (p.byPool || []).map(b => b.pool)))].sort();
    const poolOf = (p, pool) => {
      const b = (p.byPool || []).find(x => x.pool === pool);
      return b ? b.covered : null;
    };
    const first = points[0];
    const last = points[points.length - 1];
    const summary = first && last ? h('p', {class: 'lead'}, `From ${first.asOf} to ${last.asOf}: essential ${noun} ${fmt.int(first.essential)} → ${fmt.int(last.essential)}, covered ${fmt.int(first.covered)} → ${fmt.int(last.covered)} (${fmt.pct(first.ratio)} → ${fmt.pct(last.ratio)}).`) : null;
    const palette = ['#1d4ed8', '#7c3aed', '#b45309', '#0f766e', '#be185d', '#4d7c0f'];
    fill(out, summary, chartWithTable({name: 'coverage-series', title: `Essential and covered ${noun} over time`,
      description: `${points.length} dates from ${a.from} to ${a.to}, ${a.step}`, height: 320, stacked: true,
      option: {tooltip: {trigger: 'axis'}, legend: {top: 0, type: 'scroll'},
        grid: {left: 8, right: 24, top: 36, bottom: 8, containLabel: true},
        xAxis: {type: 'category', data: points.map(p => p.asOf), boundaryGap: false},
        yAxis: {type: 'value', minInterval: 1, name: noun},
        series: [
          {name: 'essential', type: 'line', step: 'end', data: points.map(p => p.essential), itemStyle: {color: colors.neutral}, lineStyle: {width: 3}},
          {name: 'covered', type: 'line', step: 'end', data: points.map(p => p.covered), itemStyle: {color: colors.covered}, lineStyle: {width: 3}, areaStyle: {opacity: 0.08}},
          ...pools.map((pool, i) => ({name: `held by ${pool}`, type: 'line', step: 'end', data: points.map(p => poolOf(p, pool)),
            itemStyle: {color: palette[i % palette.length]}, lineStyle: {type: 'dashed'}})),
        ]},
      columns: [{label: 'Date', value: r => r.asOf}, {label: 'Essential', num: true, value: r => fmt.int(r.essential)},
        {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Ratio', num: true, value: r => fmt.pct(r.ratio)},
        ...pools.map(pool => ({label: `Held by ${pool}`, num: true, value: r => (poolOf(r, pool) === null ? '' : fmt.int(poolOf(r, pool)))}))],
      rows: points}));
  }
  const form = h('form', {class: 'options', 'aria-label': 'Dates of the coverage over time', onsubmit: e => {
    e.preventDefault();
    if (form.reportValidity()) draw();
  }},
  h('label', {for: 'ot-from'}, 'From'), from, h('label', {for: 'ot-to'}, 'to'), to,
  h('label', {for: 'ot-step'}, 'Step'), step,
  h('button', {type: 'submit', class: 'primary'}, 'Draw'),
  h('p', {class: 'help'}, 'Each date is the coverage question on that date, with this page’s territories, licensee and count. “Held by” a pool: the essential ' + noun + ' the pool covers whole on that date (— when the pool does not serve the standard then).'));
  s.append(form, out);
  s.ready = draw();
  return s;
}

/** The landscape on asOf: figures, holders (chart and table, paged by the API), the expiry cliff, jurisdictions, and what lies outside every pool or alliance. */
async function landscape(box, id, params, unit) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  const query = {asOf: params.asOf, territory: params.territory, unit};
  let l;
  try {
    l = await get(`/api/v1/standards/${seg(id)}/landscape`, {...query, size: 10});
  } catch (e) {
    fill(box, section('Landscape', errorBox(e)));
    return;
  }
  const s = section('Landscape: who holds it');
  s.dataset.part = 'landscape';
  s.append(h('p', {class: 'lead'}, `On ${l.asOf}, ${fmt.int(l.holders.total)} organisations hold the ${fmt.int(l.essential)} essential ${noun}; ${fmt.int(l.outsidePools.total)} lie outside every pool and ${fmt.int(l.outsideAlliances.total)} outside every alliance.`),
  figures([[`Essential ${noun}`, fmt.int(l.essential)], ['Holders', fmt.int(l.holders.total)],
    ['Outside every pool', fmt.int(l.outsidePools.total)], ['Outside every alliance', fmt.int(l.outsideAlliances.total)],
    ['Unknown expiry', fmt.int(l.unknownExpiry), 'counted as in force']]));
  const holders = pagedView({label: 'Holders', size: 10, load: async (page, size) => {
    const a = page === 0 ? l : await get(`/api/v1/standards/${seg(id)}/landscape`, {...query, page, size});
    const rows = a.holders.items;
    return {total: a.holders.total, element: rows.length ? chartWithTable({name: 'landscape-holders', title: `Essential ${noun} by holder`,
      description: `${rows.length} holders`, height: Math.max(180, 50 + rows.length * 30), stacked: true,
      option: barOption(rows.map(r => ({label: r.organization, value: r.count, color: r.exposed ? colors.uncovered : colors.owner})),
        {max: l.essential || undefined, valueName: `${noun} (of ${l.essential} essential)`}),
      columns: [{label: 'Holder', value: r => link('organization', r.organization)}, {label: noun[0].toUpperCase() + noun.slice(1), num: true, value: r => fmt.int(r.count)},
        {label: 'Share', num: true, value: r => fmt.pct(r.share)}, {label: 'Pools', value: r => links('pool', r.pools)},
        {label: 'Alliances', value: r => (r.alliances.length ? r.alliances.join(', ') : '—')},
        {label: 'Exposed', num: true, value: r => fmt.int(r.exposed)}],
      rows}) : h('p', {class: 'empty'}, 'Nobody: the essential set is empty.')};
  }});
  s.append(holders, h('p', {class: 'muted chart-note'}, h('span', {class: 'swatch', style: `background:${colors.uncovered}`}),
    ` a holder with exposed ${noun} (it owns a patent of them that no pool holds). A co-owned one counts for each co-owner.`));
  box.replaceChildren(s);
  await holders.ready;

  const years = l.expiries || [];
  const cliff = section('Expiry cliff');
  cliff.dataset.part = 'expiries';
  cliff.append(h('p', {class: 'muted'}, `Essential ${noun} of ${l.asOf} by the year they expire (a family with the last of its essential patents)` +
    (l.unknownExpiry ? `; ${fmt.int(l.unknownExpiry)} with an unknown expiry date ${l.unknownExpiry === 1 ? 'is' : 'are'} not in the chart.` : '.')),
  years.length ? chartWithTable({name: 'landscape-expiries', title: `Essential ${noun} expiring each year`,
    description: `${years.length} years from ${years[0].year}`, height: 260,
    option: {tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}}, grid: {left: 8, right: 16, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: years.map(y => String(y.year))}, yAxis: {type: 'value', minInterval: 1, name: noun},
      series: [{type: 'bar', barMaxWidth: 28, data: years.map(y => y.count), itemStyle: {color: colors.uncovered},
        label: {show: true, position: 'top', formatter: p => (p.value ? p.value : '')}}]},
    columns: [{label: 'Year', value: r => String(r.year)}, {label: `Expiring ${noun}`, num: true, value: r => fmt.int(r.count)}],
    rows: years}) : h('p', {class: 'empty'}, 'Nothing expires: the essential set is empty.'));
  const where = section('Jurisdictions');
  where.dataset.part = 'jurisdictions';
  const jur = l.byJurisdiction || [];
  where.append(h('p', {class: 'muted'}, `A ${unit === 'PATENT' ? 'patent' : 'family'} counts once in each jurisdiction of its essential patents.`),
    jur.length ? chartWithTable({name: 'landscape-jurisdictions', title: `Essential ${noun} by jurisdiction`, description: `${jur.length} jurisdictions`,
      height: Math.max(160, 50 + jur.length * 26), option: barOption(jur.map(j => ({label: j.jurisdiction, value: j.count})), {color: colors.pool, valueName: noun}),
      columns: [{label: 'Jurisdiction', value: r => r.jurisdiction}, {label: noun[0].toUpperCase() + noun.slice(1), num: true, value: r => fmt.int(r.count)}],
      rows: jur}) : h('p', {class: 'empty'}, 'None.'));
  box.append(cliff, where);

  const outside = (title, part, key, help) => {
    const o = section(title);
    o.dataset.part = part;
    o.append(h('p', {class: 'muted'}, help), pagedList({caption: title, size: 10, empty: 'None.', first: l[key],
      columns: [{label: unit === 'PATENT' ? 'Patent' : 'Family', value: r => (r.kind === 'PATENT' ? link('patent', r.id) : h('span', {class: 'id'}, r.id))},
        {label: 'Essential patents', value: r => links('patent', r.patents)}],
      fetchPage: (page, size) => get(`/api/v1/standards/${seg(id)}/landscape`, {...query, page, size}).then(a => a[key])}));
    return o;
  };
  box.append(h('div', {class: 'two'},
    outside('Outside every pool', 'outside-pools', 'outsidePools', `Essential ${noun} with a patent no pool holds on ${l.asOf}: they must be licensed bilaterally.`),
    outside('Outside every alliance', 'outside-alliances', 'outsideAlliances', `Essential ${noun} with a patent whose owners belong to no alliance on ${l.asOf}.`)));
}

/** Declaration quality by declarant: how many declarations were confirmed, rejected or never evaluated. */
async function declarants(box, id, params) {
  const query = {asOf: params.asOf, territory: params.territory};
  let d;
  try {
    d = await get(`/api/v1/standards/${seg(id)}/declarants`, {...query, size: 10});
  } catch (e) {
    fill(box, section('Declarants', errorBox(e)));
    return;
  }
  const s = section('Declarations by declarant');
  s.dataset.part = 'declarants';
  s.append(h('p', {class: 'lead'}, `${fmt.int(d.declarations)} declarations to ${id} or its parts made by ${d.asOf}: ${fmt.int(d.confirmed)} confirmed essential, ${fmt.int(d.rejected)} rejected, ${fmt.int(d.declared)} never evaluated.`),
    figures([['Declarations', fmt.int(d.declarations)], ['Confirmed', fmt.int(d.confirmed)], ['Rejected', fmt.int(d.rejected)],
      ['Not evaluated', fmt.int(d.declared)], ['Found essential', d.essentialRatio == null ? '—' : fmt.pct(d.essentialRatio), 'of those evaluated']]));
  const list = pagedView({label: 'Declarants', size: 10, load: async (page, size) => {
    const a = page === 0 ? d : await get(`/api/v1/standards/${seg(id)}/declarants`, {...query, page, size});
    const rows = a.items.items;
    const option = barOption([], {});
    option.legend = {top: 0, data: ['confirmed', 'not evaluated', 'rejected']};
    option.grid.top = 28;
    option.yAxis.data = rows.map(r => r.organization);
    option.series = [['confirmed', 'confirmed', colors.covered], ['not evaluated', 'declared', colors.neutral], ['rejected', 'rejected', colors.uncovered]]
      .map(([name, key, color]) => ({name, type: 'bar', stack: 'declarations', barMaxWidth: 22, itemStyle: {color},
        data: rows.map(r => r[key]), label: {show: true, formatter: p => (p.value ? p.value : '')}}));
    return {total: a.items.total, element: rows.length ? chartWithTable({name: 'declarants', title: 'Declarations by declarant and assessment',
      description: `${rows.length} declarants`, option, height: Math.max(180, 60 + rows.length * 30), stacked: true,
      columns: [{label: 'Declarant', value: r => (r.known ? link('organization', r.organization) : r.organization)},
        {label: 'Declarations', num: true, value: r => fmt.int(r.declarations)}, {label: 'Confirmed', num: true, value: r => fmt.int(r.confirmed)},
        {label: 'Rejected', num: true, value: r => fmt.int(r.rejected)}, {label: 'Not evaluated', num: true, value: r => fmt.int(r.declared)},
        {label: 'Found essential', num: true, value: r => (r.essentialRatio == null ? '—' : fmt.pct(r.essentialRatio))},
        {label: 'Patents', num: true, value: r => fmt.int(r.patents)}, {label: 'Families', num: true, value: r => fmt.int(r.families)}],
      rows}) : h('p', {class: 'empty'}, 'Nobody declared a patent essential to it.')};
  }});
  s.append(list, h('p', {class: 'muted chart-note'}, '“Found essential” = confirmed ÷ (confirmed + rejected): of the declarations an evaluation looked at, the share found essential.'));
  box.replaceChildren(s);
  await list.ready;
}
