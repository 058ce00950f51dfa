// /organizations/{id}: facts, memberships and group, reach on asOf by route and by owner (charts), the reached
// patents with their chains (paged), its ownerships, and the pools it contributes to.
import {get, queryParameters, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, chartWithTable, colors, errorBox, facts, figures, fill, fmt, h, href, link, links, loading,
  pageHeader, pagedList, section, words} from '../ui.js';

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
  await licences(view, id);

  const own = section('Ownerships');
  own.dataset.part = 'ownerships';
  own.append(h('p', {class: 'muted'}, 'Patents this organisation itself owns (its group’s other members own theirs), with its share.'),
    pagedList({caption: 'Ownerships', size: 10, empty: 'It owns no patent.',
      columns: [{label: 'Patent', value: r => link('patent', r.patent)}, {label: 'Share', num: true, value: r => (r.share == null ? '—' : fmt.pct(r.share))}],
      fetchPage: (page, size) => get('/api/v1/ownerships', {organization: id, page, size})}));
  view.append(own);
  await extraSections(view, '/api/v1/organizations/{id}', id, ['reach'], ctx);
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
  const params = await queryParameters('/api/v1/licenses');
  const filter = ['party', 'organization', 'grantee'].find(p => params.has(p));
  if (filter) {
    s.append(pagedList({caption: 'Licences', size: 10, empty: 'No licence names it.',
      columns: [{label: 'Licence', value: l => link('license', l.id)}, {label: 'Kind', value: l => l.kind},
        {label: 'Grantor', value: l => (l.grantor.pool ? link('pool', l.grantor.pool) : link('organization', l.grantor.organization))},
        {label: 'Grantees', value: l => links('organization', l.grantees)}, {label: 'In force', value: l => `${fmt.date(l.granted)} – ${fmt.date(l.expires)}`}],
      fetchPage: (page, size) => get('/api/v1/licenses', {[filter]: id, page, size})}));
  } else {
    s.append(h('p', {class: 'muted'}, 'The service does not list licences by party yet. The licences this organisation’s group holds appear in the chains of its reached patents above; each licence’s page shows its parties.'));
  }
  view.append(s);
}
