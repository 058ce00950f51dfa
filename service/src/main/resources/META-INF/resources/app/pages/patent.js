// /patents/{id} (any publication number): facts, other numbers, family, owners, declarations, pools over time,
// and who may practise it on asOf with each chain.
import {get, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {errorBox, facts, fill, fmt, h, href, link, links, loading, pageHeader, pagedList, section} from '../ui.js';

export async function render(view, ctx) {
  const id = ctx.id;
  document.title = `${id} · patent · sepgraph`;
  let p;
  try {
    p = await get(`/api/v1/patents/${seg(id)}`);
  } catch (e) {
    view.append(pageHeader('Patent', id), errorBox(e, `Patent “${id}”`));
    return;
  }
  view.append(pageHeader('Patent', p.id, p.title));
  if (p.id !== id) {
    view.append(h('p', {class: 'notice', role: 'note'}, `${id} is another publication number of ${p.id}.`));
  }
  const top = h('div', {class: 'card'}, loading());
  view.append(top);
  const owners = await get('/api/v1/ownerships', {patent: p.id, size: 50}).catch(() => null);
  fill(top, facts([
    ['Jurisdiction', p.jurisdiction], ['Type', p.type], ['Status', p.status],
    ['Filed', p.filed], ['Granted', p.granted], ['Expires', p.expires || 'unknown (counted as in force)'],
    ['Other publication numbers', (p.aliases || []).length ? p.aliases.join(', ') : 'none'],
    ['Family', p.family ? h('span', {class: 'id'}, p.family) : 'none (a family of its own)'],
    ['Owners', owners ? owners.items.map((o, i) => [i ? ', ' : '', link('organization', o.organization),
      o.share != null && o.share !== 1 ? ` (${fmt.pct(o.share)})` : '']) : '—'],
  ]));

  const d = section('Declarations');
  d.dataset.part = 'declarations';
  d.append(pagedList({caption: 'Declarations of essentiality', size: 10, empty: 'Not declared essential to any standard.',
    columns: [{label: 'Standard', value: r => link('standard', r.standard)}, {label: 'Version', value: r => r.version},
      {label: 'Declarant', value: r => r.declarant}, {label: 'Date', value: r => r.date},
      {label: 'Assessment', value: r => h('span', {class: 'tag' + (r.assessment === 'REJECTED' ? ' bad' : '')}, r.assessment)}],
    fetchPage: (page, size) => get('/api/v1/declarations', {patent: p.id, page, size})}));

  const pools = section('Pools over time');
  pools.dataset.part = 'pools';
  const on = ctx.asOf || new Date().toISOString().slice(0, 10);
  pools.append(pagedList({caption: 'Pools that hold or held it', size: 10, empty: 'No pool has listed it.',
    columns: [{label: 'Pool', value: r => link('pool', r.pool)}, {label: 'Since', value: r => fmt.date(r.since)},
      {label: 'Until', value: r => fmt.date(r.until)},
      {label: `Held on ${on}`, value: r => ((!r.since || r.since <= on) && (!r.until || on <= r.until) ? 'yes' : h('span', {class: 'tag'}, 'no'))}],
    fetchPage: (page, size) => get('/api/v1/pool-patents', {patent: p.id, page, size})}));
  view.append(h('div', {class: 'two'}, d, pools));

  const pr = section('Who may practise it');
  pr.dataset.part = 'practitioners';
  const maxDepth = ctx.query.get('maxDepth') || '';
  const note = h('p', {class: 'muted'});
  pr.append(note, pagedList({caption: 'Practitioners', size: 10, empty: 'Nobody may practise it on this date (it may not be in force).',
    columns: [{label: 'Organisation', value: r => link('organization', r.organization)}, {label: 'Route', value: r => h('span', {class: 'tag'}, r.route)},
      {label: 'Licences', value: r => (r.licenses.length ? links('license', r.licenses) : h('span', {class: 'muted'}, 'none (owned)'))},
      {label: 'Chain', value: r => h('a', {href: href('/paths', {from: r.organization, to: p.id, maxDepth})}, 'Show chain')}],
    fetchPage: (page, size) => get(`/api/v1/patents/${seg(p.id)}/practitioners`, {asOf: ctx.asOf, maxDepth, page, size}).then(a => {
      note.textContent = `On ${a.asOf} the patent is ${a.inForce ? 'in force' : 'not in force'}; chains of at most ${a.maxDepth} licences, in every territory.`;
      return a.items;
    })}));
  view.append(pr);
  await extraSections(view, '/api/v1/patents/{id}', p.id, ['practitioners'], ctx);
}
