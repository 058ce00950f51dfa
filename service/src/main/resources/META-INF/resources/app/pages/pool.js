// /pools/{id}: the pool's facts, licensors and clusters, the share of each standard it binds (chart), its contents
// over time, and its red flags on asOf.
import {get, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, chartWithTable, colors, errorBox, facts, figures, fill, fmt, h, link, links, loading,
  pageHeader, pagedList, section, words} from '../ui.js';

export async function render(view, ctx) {
  const id = ctx.id;
  document.title = `${id} · pool · sepgraph`;
  let pool;
  try {
    pool = await get(`/api/v1/pools/${seg(id)}`);
  } catch (e) {
    view.append(pageHeader('Pool', id), errorBox(e, `Pool “${id}”`));
    return;
  }
  view.append(pageHeader('Pool', pool.name || pool.id, pool.name ? pool.id : ''));
  const top = h('div', {class: 'card'}, loading());
  view.append(top);
  const [binding, licensors, clusters, contents] = await Promise.allSettled([
    get(`/api/v1/pools/${seg(id)}/binding`, {asOf: ctx.asOf}),
    get('/api/v1/licensors', {pool: id, size: 8}),
    get('/api/v1/cluster-pools', {pool: id, size: 1000}),
    get('/api/v1/pool-patents', {pool: id, size: 1}),
  ]);
  const value = r => (r.status === 'fulfilled' ? r.value : null);
  const b = value(binding);
  fill(top, facts([
    ['Administrator', pool.administrator],
    ['Licensing policy', pool.policy],
    ['Licensors', value(licensors) ? listOrMore(value(licensors), r => r.organization, 'organization') : '—'],
    ['Clusters', value(clusters) ? links('', value(clusters).items.map(c => c.cluster)) : '—'],
    ['Patents listed (ever)', value(contents) ? fmt.int(value(contents).total) : '—'],
  ]));
  if (!b) {
    view.append(section('Standards and red flags', errorBox(binding.reason)));
  } else {
    const s = section('Standards the pool binds');
    s.dataset.part = 'standards';
    const noun = b.unit === 'PATENT' ? 'patents' : 'families';
    const rows = b.standards.map(x => ({...x, pct: Math.round(x.share * 1000) / 10}));
    s.append(h('p', {class: 'muted'}, `On ${b.asOf}: the share of each standard’s essential ${noun} that the pool holds.`),
      rows.length ? chartWithTable({name: 'pool-shares', title: 'Share of each standard held by the pool', description: `${rows.length} standards`,
        option: barOption(rows.map(r => ({label: r.standard, value: r.pct})), {max: 100, percent: true, color: colors.pool, valueName: 'share of essential'}),
        height: Math.max(140, 50 + rows.length * 34),
        columns: [{label: 'Standard', value: r => link('standard', r.standard)}, {label: 'Essential', num: true, value: r => fmt.int(r.essential)},
          {label: 'Held', num: true, value: r => fmt.int(r.covered)}, {label: 'Share', num: true, value: r => r.pct + ' %'},
          {label: 'Unknown expiry', num: true, value: r => fmt.int(r.unknownExpiry)}],
        rows}) : h('p', {class: 'empty'}, 'The pool binds no standard.'));
    view.append(s);

    const flags = section('Red flags');
    flags.dataset.part = 'red-flags';
    const byReason = {};
    b.redFlags.forEach(f => { byReason[f.reason] = (byReason[f.reason] || 0) + 1; });
    flags.append(h('p', {class: 'lead'}, b.redFlags.length
      ? `${fmt.int(b.redFlags.length)} patents the pool holds on ${b.asOf} are not essential to the standards it binds, or not in force.`
      : `None: on ${b.asOf} every patent the pool holds is declared essential to a standard it binds and in force.`),
    b.redFlags.length ? figures(Object.entries(byReason).map(([r, n]) => [words[r] || r, fmt.int(n)])) : null,
    pagedList({caption: 'Red flags', size: 10, empty: 'No red flags.',
      columns: [{label: 'Patent', value: r => link('patent', r.patent)}, {label: 'Reason', value: r => h('span', {}, h('span', {class: 'tag bad'}, r.reason), ' ', words[r.reason] || '')}],
      fetchPage: arrayPages(b.redFlags)}));
    view.append(flags);
  }

  const c = section('Contents');
  c.dataset.part = 'contents';
  const on = ctx.asOf || new Date().toISOString().slice(0, 10);
  c.append(h('p', {class: 'muted'}, 'Every patent the pool lists or listed, with the dates it was held (inclusive; open where empty).'),
    pagedList({caption: 'Patents in the pool', size: 15,
      columns: [{label: 'Patent', value: r => link('patent', r.patent)}, {label: 'Since', value: r => fmt.date(r.since)},
        {label: 'Until', value: r => fmt.date(r.until)},
        {label: `Held on ${on}`, value: r => ((!r.since || r.since <= on) && (!r.until || on <= r.until) ? 'yes' : h('span', {class: 'tag'}, 'no'))}],
      fetchPage: (page, size) => get('/api/v1/pool-patents', {pool: id, page, size})}));
  view.append(c);

  const l = section('Licensors');
  l.dataset.part = 'licensors';
  l.append(pagedList({caption: 'Licensors of the pool', size: 10, empty: 'No licensor recorded.',
    columns: [{label: 'Organisation', value: r => link('organization', r.organization)}],
    fetchPage: (page, size) => get('/api/v1/licensors', {pool: id, page, size})}));
  view.append(l);
  await extraSections(view, '/api/v1/pools/{id}', id, ['binding'], ctx);
}

function listOrMore(page, idOf, kind) {
  const ids = page.items.map(idOf);
  return [links(kind, ids), page.total > ids.length ? ` and ${fmt.int(page.total - ids.length)} more` : ''];
}
