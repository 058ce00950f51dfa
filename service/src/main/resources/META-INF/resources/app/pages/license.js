// /licenses/{id}: parties, scope, dates, territories and terms as the API returns them.
import {arrayPages, errorBox, facts, fmt, h, link, links, pageHeader, pagedList, section} from '../ui.js';
import {extraSections} from '../extras.js';
import {get, seg} from '../api.js';
import {royaltyTerms} from './pool.js';

export async function render(view, ctx) {
  const id = ctx.id;
  document.title = `${id} · licence · sepgraph`;
  let l;
  try {
    l = await get(`/api/v1/licenses/${seg(id)}`);
  } catch (e) {
    view.append(pageHeader('Licence', id), errorBox(e, `Licence “${id}”`));
    return;
  }
  const on = ctx.asOf || new Date().toISOString().slice(0, 10);
  const inForce = (!l.granted || l.granted <= on) && (!l.expires || on <= l.expires);
  const grantor = () => (l.grantor && l.grantor.pool ? ['the pool ', link('pool', l.grantor.pool)]
    : ['', link('organization', l.grantor && l.grantor.organization)]);
  view.append(pageHeader('Licence', l.id, `${(l.kind || '').toLowerCase()} licence`),
    h('div', {class: 'card'}, h('p', {class: 'lead'}, 'Granted by ', grantor(), ' to ', links('organization', l.grantees), '; ',
      inForce ? h('strong', {class: 'good'}, `in force on ${on}`) : h('strong', {class: 'bad-text'}, `not in force on ${on}`), '.'),
    facts([
      ['Kind', l.kind], ['Grantor', grantor()], ['Grantees', links('organization', l.grantees)],
      ['Granted', l.granted], ['Expires', l.expires],
      ['Territories', l.territories && l.territories.length ? l.territories.join(', ') : 'all'],
      ['Field of use', l.fieldOfUse], ['Sublicensable', fmt.yesNo(l.sublicensable)],
      ['Extends to grantees’ affiliates', fmt.yesNo(l.affiliates)],
      ['Royalty', l.royalty ?? 'not shown to this key (terms are shown to the parties and to admins), or none recorded'],
    ])));
  if (l.royaltyTerms && l.royaltyTerms.length) view.append(royaltyTerms(l, ctx));
  const scope = l.scope || {};
  const rows = [
    ...(scope.patents || []).map(x => ({kind: 'patent', what: 'patent', id: x})),
    ...(scope.families || []).map(x => ({kind: 'family', what: 'every patent of the family', id: x})),
    ...(scope.pools || []).map(x => ({kind: 'pool', what: 'every patent the pool holds on the date', id: x})),
    ...(scope.portfolios || []).map(x => ({kind: 'organization', what: 'the portfolio of the organisation’s group', id: x})),
  ];
  const s = section('Scope');
  s.dataset.part = 'scope';
  s.append(h('p', {class: 'muted'}, l.territories && l.territories.length
    ? `Limited to patents of ${l.territories.join(', ')}.` : 'In every territory.'),
  pagedList({caption: 'Scope of the licence', size: 15, empty: 'The licence names nothing.',
    columns: [{label: 'Names', value: r => link(r.kind, r.id)}, {label: 'Covers', value: r => r.what}],
    fetchPage: arrayPages(rows)}));
  view.append(s);
  await extraSections(view, '/api/v1/licenses/{id}', l.id, [], ctx);
}
