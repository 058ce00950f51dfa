// /standards/{id}: coverage on asOf (figures, covered by pool and by licence, holdouts, covered and uncovered
// items), with a licensee and a unit; binding (pools' shares, overlaps, clusters).
import {get, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, chartWithTable, colors, errorBox, facts, figures, fill, fmt, h, href, link, links,
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
  await Promise.all([coverage(coverageBox, id, params, unit, licensee), binding(bindingBox, id, params, unit)]);
  await extraSections(view, '/api/v1/standards/{id}', id, ['coverage', 'binding'], ctx);
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

/**
 * Coverage over time, from today's API: the coverage question asked on 1 January of each year around asOf
 * (one request per year, on demand). Essential falls as patents expire, so the line shows the expiry cliff too.
 */
function overTime(id, params, unit, asOf) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  const s = section('Coverage over time');
  s.dataset.part = 'over-time';
  const year = Number(asOf.slice(0, 4));
  const from = h('input', {id: 'ot-from', name: 'from', type: 'number', min: '1980', max: '2100', value: String(year - 5), class: 'year'});
  const to = h('input', {id: 'ot-to', name: 'to', type: 'number', min: '1980', max: '2100', value: String(year + 5), class: 'year'});
  const out = h('div', {});
  const form = h('form', {class: 'options', 'aria-label': 'Years of the coverage over time', onsubmit: async e => {
    e.preventDefault();
    const years = [];
    for (let y = Number(from.value); y <= Number(to.value) && years.length < 30; y++) years.push(y);
    fill(out, loading(`Asking the coverage on 1 January of ${years.length} years`));
    out.setAttribute('aria-busy', 'true');
    try {
      const rows = [];
      for (let i = 0; i < years.length; i += 3) { // three at a time: each is a full coverage question
        rows.push(...await Promise.all(years.slice(i, i + 3).map(async y => {
          const date = `${y}-01-01`;
          const a = await get(`/api/v1/standards/${seg(id)}/coverage`, {...params, asOf: date, size: 1});
          return {date, essential: a.essential, covered: a.covered, uncovered: a.uncovered, ratio: a.ratio};
        })));
      }
      fill(out, chartWithTable({name: 'coverage-over-time', title: `Essential and covered ${noun} on 1 January of each year`,
        description: `${rows.length} years`, height: Math.max(260, 70 + rows.length * 40),
        option: {tooltip: {trigger: 'axis'}, legend: {top: 0, data: ['essential', 'covered', 'uncovered']},
          grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
          xAxis: {type: 'category', data: rows.map(r => r.date.slice(0, 4))}, yAxis: {type: 'value', minInterval: 1},
          series: [
            {name: 'essential', type: 'line', data: rows.map(r => r.essential), itemStyle: {color: colors.neutral}},
            {name: 'covered', type: 'line', data: rows.map(r => r.covered), itemStyle: {color: colors.covered}},
            {name: 'uncovered', type: 'line', data: rows.map(r => r.uncovered), itemStyle: {color: colors.uncovered}},
          ]},
        columns: [{label: 'Date', value: r => r.date}, {label: 'Essential', num: true, value: r => fmt.int(r.essential)},
          {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Uncovered', num: true, value: r => fmt.int(r.uncovered)},
          {label: 'Ratio', num: true, value: r => fmt.pct(r.ratio)}],
        rows}));
    } catch (err) {
      fill(out, errorBox(err));
    } finally {
      out.removeAttribute('aria-busy');
    }
  }},
  h('label', {for: 'ot-from'}, 'From'), from, h('label', {for: 'ot-to'}, 'to'), to,
  h('button', {type: 'submit', class: 'primary'}, 'Draw coverage over time'),
  h('p', {class: 'help'}, 'Asks the coverage question once per year (on 1 January), with this page’s territories, licensee and count; patents that expire leave the essential set.'));
  s.append(form, out);
  return s;
}
