// /organizations/{id}: facts, memberships and group, reach on asOf by route and by owner (charts), the reached
// patents with their chains (paged), its ownerships, the pools it contributes to, and a licensing plan: what it
// would pay a year to license a standard through pools (POST /api/v1/plans, the licensee being this organisation).
import {get, post, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, chartWithTable, colors, countryRows, errorBox, facts, figures, fill, fmt, h, href, link, links, loading,
  money, pageHeader, pagedList, section, table, words} from '../ui.js';

const ROUTES = ['OWNED', 'LICENSED', 'POOL', 'SUBLICENSED'];

export async function render(view, ctx) {
  const id = ctx.id;
  const unit = (ctx.query.get('unit') || 'FAMILY').toUpperCase();
  const maxDepth = ctx.query.get('maxDepth') || '';
  document.title = `${id} · organisation · sepgraph`;
  let org;
  try {
    org = await get(`/api/v1/organizations/${seg(id)}`);
  } catch (e) {
    view.append(pageHeader('Organisation', id), errorBox(e, `Organisation “${id}”`));
    return;
  }
  view.append(pageHeader('Organisation', org.name || org.id, org.name ? org.id : ''));
  const top = h('div', {class: 'card'}, loading());
  view.append(top);
  const [memberships, affiliateOf, affiliates, licensorOf] = await Promise.all([
    get('/api/v1/memberships', {organization: id, size: 20}),
    get('/api/v1/affiliations', {organization: id, size: 20}),
    get('/api/v1/affiliations', {affiliateOf: id, size: 20}),
    get('/api/v1/licensors', {organization: id, size: 20}),
  ].map(p => p.catch(() => null)));
  fill(top, facts([
    ['Kind', org.kind], ['Country', org.country],
    ['Alliances', memberships && memberships.items.length ? memberships.items.map((m, i) => [i ? '; ' : '', m.alliance, ' (',
      m.role.toLowerCase().replace('_', ' '), m.since ? `, since ${m.since}` : '', m.until ? `, until ${m.until}` : '', ')']) : '—'],
    ['Affiliate of', affiliateOf ? links('organization', affiliateOf.items.map(a => a.affiliateOf)) : '—'],
    ['Affiliates', affiliates ? links('organization', affiliates.items.map(a => a.organization)) : '—'],
    ['Licensor of pools', licensorOf ? links('pool', licensorOf.items.map(l => l.pool)) : '—'],
  ]));
  view.append(options(unit, maxDepth));
  const reachBox = h('div', {}, loading('Computing reach'));
  view.append(reachBox);
  await reach(reachBox, id, {asOf: ctx.asOf, territory: ctx.territory, unit, maxDepth}, unit);
  view.append(await planForm(id, ctx));
  await licences(view, id);

  const own = section('Ownerships');
  own.dataset.part = 'ownerships';
  own.append(h('p', {class: 'muted'}, 'Patents this organisation itself owns (its group’s other members own theirs), with its share.'),
    pagedList({caption: 'Ownerships', size: 10, empty: 'It owns no patent.',
      columns: [{label: 'Patent', value: r => link('patent', r.patent)}, {label: 'Share', num: true, value: r => (r.share == null ? '—' : fmt.pct(r.share))}],
      fetchPage: (page, size) => get('/api/v1/ownerships', {organization: id, page, size})}));
  view.append(own);
  await extraSections(view, '/api/v1/organizations/{id}', id, ['reach', 'licenses'], ctx);
}

function options(unit, maxDepth) {
  const form = h('form', {class: 'card options', 'aria-label': 'Reach options', onsubmit: e => {
    e.preventDefault();
    window.sepgraphNavigate(href(location.pathname, {unit: form.unit.value === 'FAMILY' ? '' : form.unit.value, maxDepth: form.maxDepth.value}));
  }},
  h('label', {for: 'opt-depth'}, 'Longest chain'),
  h('select', {id: 'opt-depth', name: 'maxDepth'}, ['', '0', '1', '2', '3', '4', '5', '6'].map(d =>
    h('option', {value: d, selected: d === maxDepth}, d === '' ? '3 licences (default)' : `${d} licence${d === '1' ? '' : 's'}`))),
  h('label', {for: 'opt-unit'}, 'Count'),
  h('select', {id: 'opt-unit', name: 'unit'},
    h('option', {value: 'FAMILY', selected: unit === 'FAMILY'}, 'families'),
    h('option', {value: 'PATENT', selected: unit === 'PATENT'}, 'patents')),
  h('button', {type: 'submit', class: 'primary'}, 'Answer'));
  return form;
}

async function reach(box, id, params, unit) {
  const noun = unit === 'PATENT' ? 'patents' : 'families';
  let r;
  try {
    r = await get(`/api/v1/organizations/${seg(id)}/reach`, {...params, size: 10});
  } catch (e) {
    fill(box, section('Reach', errorBox(e)));
    return;
  }
  const s = section('Reach');
  s.dataset.part = 'reach';
  s.append(h('p', {class: 'lead'}, `On ${r.asOf}, ${id}’s group may practise ${fmt.int(r.reached)} ${noun} in force, through chains of at most ${r.maxDepth} licences.`),
    figures([[`Reached ${noun}`, fmt.int(r.reached)], ...ROUTES.map(k => [words[k], fmt.int(r.byRoute[k] || 0)]),
      ['Unknown expiry', fmt.int(r.unknownExpiry), 'counted as in force']]));
  const routes = ROUTES.map(k => ({route: k, count: r.byRoute[k] || 0}));
  const owners = r.byOwner || [];
  s.append(h('div', {class: 'two'},
    chartWithTable({name: 'reach-route', title: `Reached ${noun} by route`, description: routes.map(x => `${x.route} ${x.count}`).join(', '),
      option: barOption(routes.map(x => ({label: x.route, value: x.count, color: colors.route[x.route]})), {valueName: noun}),
      height: 200,
      columns: [{label: 'Route', value: x => x.route}, {label: 'Meaning', value: x => words[x.route], header: false},
        {label: noun[0].toUpperCase() + noun.slice(1), num: true, value: x => fmt.int(x.count)}],
      rows: routes}),
    owners.length ? chartWithTable({name: 'reach-owner', title: `Reached ${noun} by owner`, description: `${owners.length} owners`,
      option: barOption(owners.slice(0, 15).map(x => ({label: x.owner, value: x.count})), {color: colors.owner, valueName: noun}),
      height: Math.max(200, 50 + Math.min(15, owners.length) * 30),
      columns: [{label: 'Owner', value: x => link('organization', x.owner)}, {label: noun[0].toUpperCase() + noun.slice(1), num: true, value: x => fmt.int(x.count)}],
      rows: owners.slice(0, 15)}) : h('p', {class: 'empty'}, 'No owner: nothing is reached.')));
  if (owners.length > 15) {
    s.append(pagedList({caption: 'All owners', size: 15, columns: [{label: 'Owner', value: x => link('organization', x.owner)},
      {label: noun, num: true, value: x => fmt.int(x.count)}], fetchPage: arrayPages(owners)}));
  }
  box.replaceChildren(s);

  const items = section('Reached patents and their chains');
  items.dataset.part = 'reached';
  items.append(h('p', {class: 'muted'}, 'Each patent with its shortest chain: the licences from the one the group holds to the one granted by the owner or pool.'),
    pagedList({caption: 'Reached patents', size: 10, empty: 'Nothing is reached.',
      columns: [{label: 'Patent', value: x => link('patent', x.patent)}, {label: 'Family', value: x => x.family},
        {label: 'Route', value: x => h('span', {class: 'tag', style: `border-color:${colors.route[x.route]}`}, x.route)},
        {label: 'Licences', value: x => (x.licenses.length ? links('license', x.licenses) : h('span', {class: 'muted'}, 'none (owned)'))},
        {label: 'Root', value: x => link(x.root === x.organization ? 'organization' : guessRootKind(x), x.root)},
        {label: 'Chain', value: x => h('a', {href: href('/paths', {from: x.organization, to: x.patent, maxDepth: params.maxDepth})}, 'Show chain')}],
      first: r.items,
      fetchPage: (page, size) => get(`/api/v1/organizations/${seg(id)}/reach`, {...params, page, size}).then(a => a.items)}));
  box.append(items);
}

/** The root is the node before the patent in the path: an organisation (owner) or a pool. */
function guessRootKind(item) {
  const before = item.path[item.path.length - 2];
  return before ? before.kind : 'Organization';
}

/** Licences by party, when the API offers a filter for it (today it does not: the section says so). */
async function licences(view, id) {
  const s = section('Licences');
  s.dataset.part = 'licences';
  s.append(h('p', {class: 'muted'}, 'Licences this organisation grants or is a grantee of (its group’s other members have their own; what the group holds through them shows in the chains of its reached patents above).'),
    pagedList({caption: 'Licences', size: 10, empty: 'No licence names it.',
      columns: [{label: 'Licence', value: l => link('license', l.id)}, {label: 'Kind', value: l => l.kind},
        {label: 'Grantor', value: l => (l.grantor.pool ? link('pool', l.grantor.pool) : link('organization', l.grantor.organization))},
        {label: 'Grantees', value: l => links('organization', l.grantees)}, {label: 'In force', value: l => `${fmt.date(l.granted)} – ${fmt.date(l.expires)}`}],
      fetchPage: (page, size) => get(`/api/v1/organizations/${seg(id)}/licenses`, {page, size})}));
  view.append(s);
}

/** The licensing plan form: standards, asOf, product, units per country, this organisation as licensee (or not). */
async function planForm(id, ctx) {
  const s = section('Licensing plan');
  s.dataset.part = 'plan';
  const standards = await get('/api/v1/standards', {size: 200}).catch(() => ({items: []}));
  const listId = 'plan-standards-list';
  const std = h('input', {id: 'plan-standards', name: 'standards', required: true, list: listId, placeholder: 'e.g. AVS3',
    'aria-describedby': 'plan-standards-help', value: new URLSearchParams(location.search).get('standard') || ''});
  const asOf = h('input', {id: 'plan-asof', name: 'asOf', type: 'date', value: ctx.asOf || ''});
  const product = h('input', {id: 'plan-product', name: 'product', placeholder: 'e.g. mobile, 4k-tv', 'aria-describedby': 'plan-product-help'});
  const target = h('input', {id: 'plan-target', name: 'target', type: 'number', min: '1', max: '100', step: '1', value: '100'});
  const asLicensee = h('input', {id: 'plan-licensee', name: 'licensee', type: 'checkbox', checked: true});
  const units = countryRows({name: 'plan-units', amountLabel: 'Units a year', initial: [['CN', '2000000'], ['US', '500000']], step: '1'});
  const out = h('div', {class: 'calc-answer'});
  const form = h('form', {class: 'calc', 'aria-label': 'Licensing plan', onsubmit: async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const body = {standards: std.value.split(',').map(x => x.trim()).filter(Boolean), units: {}};
    if (asOf.value) body.asOf = asOf.value;
    if (product.value.trim()) body.product = product.value.trim();
    if (asLicensee.checked) body.licensee = id;
    if (target.value && Number(target.value) !== 100) body.target = Number(target.value) / 100;
    for (const [c, n] of Object.entries(units.values())) body.units[c] = Number(n);
    fill(out, loading('Searching the cheapest set of pools'));
    try {
      fill(out, planAnswer(await post('/api/v1/plans', body), body));
    } catch (err) {
      fill(out, errorBox(err));
    }
  }},
  h('div', {},
    h('div', {class: 'field'}, h('label', {for: 'plan-standards'}, 'Standards'), std,
      h('datalist', {id: listId}, standards.items.map(x => h('option', {value: x.id}, x.title || ''))),
      h('p', {id: 'plan-standards-help', class: 'help'}, 'One or more standard ids, separated by commas.')),
    h('div', {class: 'field'}, h('label', {for: 'plan-asof'}, 'As of'), asOf),
    h('div', {class: 'field'}, h('label', {for: 'plan-product'}, 'Product'), product,
      h('p', {id: 'plan-product-help', class: 'help'}, 'The product category a pool prices (its rates name it); empty: only rates for any product apply.')),
    h('div', {class: 'field'}, h('label', {for: 'plan-target'}, 'Cover at least (% of the essential families)'), target),
    h('div', {class: 'inline check'}, asLicensee, h('label', {for: 'plan-licensee'}, `The licensee is ${id}: what its group already reaches costs nothing`))),
  h('fieldset', {}, h('legend', {}, 'Units sold a year per country'), units),
  h('div', {class: 'calc-actions'}, h('button', {type: 'submit', class: 'primary'}, 'Find the cheapest plan'),
    h('p', {class: 'help'}, 'A plan is a set of pools to license; it covers a family when each of its essential patents in the countries with units is held by one of its pools or already reached by the licensee.')));
  s.append(form, out);
  return s;
}

function planAnswer(a, body) {
  const cur = a.currency || '';
  const best = a.plans[0];
  const noun = 'families';
  const box = h('div', {dataset: {part: 'plan-answer'}});
  if (!best) {
    box.append(h('p', {class: 'empty'}, 'No plan: nothing is essential in these countries.'));
    return box;
  }
  const lead = best.pools.length
    ? ['Cheapest plan: license ', links('pool', best.pools), ` for ${money(best.annualCost, cur)} a year (${money(best.perUnit, cur)} a unit), covering ${fmt.int(best.covered)} of the ${fmt.int(a.essential)} essential ${noun} (${fmt.pct(best.share)}).`]
    : [body.licensee ? `Nothing to pay: ${body.licensee} already reaches ${fmt.int(best.covered)} of the ${fmt.int(a.essential)} essential ${noun} (${fmt.pct(best.share)}), and no pool adds to that.`
      : `No pool covers any of the ${fmt.int(a.essential)} essential ${noun} in these countries.`];
  box.append(h('p', {class: 'lead'}, lead, a.targetMet ? '' : ' No plan reaches the target: some families no pool can license.'),
  figures([['Essential families', fmt.int(a.essential)], ['Covered', fmt.int(best.covered)], ['Annual cost', money(best.annualCost, cur)],
    ['Per unit', money(best.perUnit, cur)], ['Target met', fmt.yesNo(a.targetMet)]]),
  h('h3', {}, 'Cost by pool and country'),
  table('Cost of the cheapest plan by pool and country', [{label: 'Pool', value: r => link('pool', r.pool)}, {label: 'Country', value: r => r.country},
    {label: 'Units', num: true, value: r => fmt.int(r.units)}, {label: 'Per unit', num: true, value: r => money(r.perUnit)},
    {label: 'Free units', num: true, value: r => fmt.int(r.freeUnits)}, {label: 'Amount', num: true, value: r => money(r.amount)}],
  best.costByPool.flatMap(p => p.countries.map(c => ({pool: p.pool, ...c}))), {empty: 'Nothing to pay.'}),
  h('h3', {}, 'Paid twice (royalty stacking)'),
  h('div', {dataset: {list: 'double-paid'}}, table('Families two or more pools of the plan hold whole', [{label: 'Family', value: r => r.family}, {label: 'Pools', value: r => links('pool', r.pools)}],
    best.doublePaid, {empty: 'No family is paid for twice.'})),
  h('h3', {}, 'Still to license bilaterally'),
  h('div', {dataset: {list: 'uncovered-by-holder'}}, table('Uncovered families by holder', [{label: 'Holder', value: r => link('organization', r.holder)},
    {label: 'Families', num: true, value: r => fmt.int(r.count)}, {label: 'Which', value: r => r.families.join(', '), header: false}],
  best.uncoveredByHolder, {empty: 'Nobody: the plan covers every essential family.'})));

  const frontier = a.plans.map((p, i) => ({...p, rank: i}));
  box.append(h('h3', {}, 'Cost and coverage frontier'),
    chartWithTable({name: 'plan-frontier', title: 'Plans on the cost/coverage frontier', description: `${frontier.length} plans`, height: 240,
      option: {tooltip: {trigger: 'item', formatter: p => `${p.data.label}: ${p.data.value[1]} families, ${cur} ${p.data.value[0]}`},
        grid: {left: 8, right: 32, top: 24, bottom: 8, containLabel: true},
        xAxis: {type: 'value', name: `${cur} a year`, nameLocation: 'middle', nameGap: 28}, yAxis: {type: 'value', name: 'families covered', minInterval: 1},
        series: [{type: 'scatter', symbolSize: 14, itemStyle: {color: colors.pool},
          data: frontier.map(p => ({value: [Number(p.annualCost), p.covered], label: p.pools.length ? p.pools.join(' + ') : 'no pool'})),
          label: {show: true, position: 'right', formatter: p => p.data.label}}]},
      columns: [{label: 'Plan', num: true, value: r => String(r.rank + 1)}, {label: 'Pools', value: r => (r.pools.length ? links('pool', r.pools) : 'none')},
        {label: 'Covered', num: true, value: r => fmt.int(r.covered)}, {label: 'Share', num: true, value: r => fmt.pct(r.share)},
        {label: 'Annual cost', num: true, value: r => money(r.annualCost)}, {label: 'Per unit', num: true, value: r => money(r.perUnit)}],
      rows: frontier}));
  if ((a.excluded || []).length) {
    const reasons = {NO_TERMS: 'no royalty terms in effect', NO_RATE: 'no rate for a country with units', NOTHING_TO_ADD: 'adds nothing (already reached, or cannot complete a family)',
      DOMINATED: 'another pool does its work for no more'};
    box.append(h('h3', {}, 'Pools left out'),
      h('div', {dataset: {list: 'excluded'}}, table('Pools in no plan, and why', [{label: 'Pool', value: r => link('pool', r.pool)}, {label: 'Why', value: r => reasons[r.reason] || r.reason},
        {label: 'Would cost a year', num: true, value: r => (r.annualCost == null ? '—' : money(r.annualCost, cur))}], a.excluded)));
  }
  if ((a.uncoverable || []).length) {
    box.append(h('p', {class: 'muted'}, `No pool can license ${a.uncoverable.length} families: ${a.uncoverable.join(', ')}.`));
  }
  return box;
}
