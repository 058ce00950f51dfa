// /pools/{id}: the pool's facts, licensors and clusters, the share of each standard it binds (chart), its contents
// over time, its red flags on asOf, its royalty terms as data, and a calculator of how it shares an income among its
// licensors (POST /api/v1/pools/{id}/distribution).
import {get, post, seg} from '../api.js';
import {extraSections} from '../extras.js';
import {arrayPages, barOption, chartWithTable, colors, countryRows, errorBox, facts, figures, fill, fmt, h, link, links, loading,
  money, pageHeader, pagedList, section, table, words} from '../ui.js';

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

  view.append(royaltyTerms(pool, ctx), distribution(pool, ctx));

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

/** The pool's royalty terms as data: one block per period of validity, its rates in the order they are tried. */
export function royaltyTerms(owner, ctx, {title = 'Royalty terms'} = {}) {
  const s = section(title);
  s.dataset.part = 'royalty-terms';
  const terms = owner.royaltyTerms || [];
  const on = ctx.asOf || new Date().toISOString().slice(0, 10);
  if (!terms.length) {
    s.append(h('p', {class: 'empty'}, owner.royaltyTerms === undefined || owner.royaltyTerms === null
      ? 'Not shown to this key (terms are shown to the parties and to admins), or none recorded.' : 'No royalty terms recorded as data.'));
    return s;
  }
  s.append(h('p', {class: 'muted'}, 'A unit sold in a country pays the first rate whose product and territories match; free units come off the lowest-rate countries first, then the annual cap applies.'));
  terms.forEach((t, i) => {
    const inEffect = (!t.from || t.from <= on) && (!t.until || on <= t.until);
    const block = h('div', {class: 'terms-period', dataset: {terms: String(i)}},
      h('h3', {}, `${t.from || 'open'} – ${t.until || 'open'} `, inEffect ? h('span', {class: 'tag'}, `in effect on ${on}`) : null),
      facts([['Currency', t.currency], ['Valid from', t.from || 'open'], ['Valid until', t.until || 'open'],
        ['Free units a year', t.freeUnits == null ? 'none' : fmt.int(t.freeUnits)],
        ['Annual cap per licensee', t.annualCap == null ? 'none' : money(t.annualCap, t.currency)],
        ['Lump sum a year', t.lumpSum == null ? 'none' : money(t.lumpSum, t.currency)]]),
      table(`Rates of ${t.from || 'open'} – ${t.until || 'open'}, tried in this order`, [
        {label: '#', num: true, value: r => String(r.i + 1)},
        {label: 'Product', value: r => r.product || 'any'},
        {label: 'Territories', value: r => (r.territories && r.territories.length ? r.territories.join(', ') : 'anywhere')},
        {label: 'Per unit', num: true, value: r => money(r.perUnit, t.currency)}],
      (t.rates || []).map((r, j) => ({...r, i: j})), {empty: 'No rate: a lump sum only.'}));
    s.append(block);
  });
  return s;
}

/** The distribution calculator: from, to, income per country, unit → each licensor's amount, and what stays unallocated. */
function distribution(pool, ctx) {
  const s = section('Distribution calculator');
  s.dataset.part = 'distribution';
  const year = (ctx.asOf || new Date().toISOString().slice(0, 10)).slice(0, 4) - 1;
  const from = h('input', {id: 'dist-from', name: 'from', type: 'date', required: true, value: `${year}-01-01`});
  const to = h('input', {id: 'dist-to', name: 'to', type: 'date', required: true, value: `${year}-12-31`});
  const unit = h('select', {id: 'dist-unit', name: 'unit'}, h('option', {value: 'FAMILY'}, 'families (a family once per country)'),
    h('option', {value: 'PATENT'}, 'patents'));
  const income = countryRows({name: 'dist-income', amountLabel: 'Income', initial: [['CN', '1200000'], ['US', '800000']], step: '0.01'});
  const out = h('div', {class: 'calc-answer'});
  const form = h('form', {class: 'calc', 'aria-label': 'Distribution of an income', onsubmit: async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const body = {from: from.value, to: to.value, unit: unit.value, income: {}};
    for (const [c, a] of Object.entries(income.values())) body.income[c] = Number(a);
    fill(out, loading('Sharing the income'));
    try {
      fill(out, distributionAnswer(await post(`/api/v1/pools/${seg(pool.id)}/distribution`, body)));
    } catch (err) {
      fill(out, errorBox(err));
    }
  }},
  h('div', {},
    h('div', {class: 'field'}, h('label', {for: 'dist-from'}, 'From'), from),
    h('div', {class: 'field'}, h('label', {for: 'dist-to'}, 'To (inclusive)'), to),
    h('div', {class: 'field'}, h('label', {for: 'dist-unit'}, 'Count'), unit)),
  h('fieldset', {}, h('legend', {}, 'Income per country'), income),
  h('div', {class: 'calc-actions'}, h('button', {type: 'submit', class: 'primary'}, 'Share the income'),
    h('p', {class: 'help'}, 'Each patent earns a point per day of the period on which the pool held it and it was in force, in its own country; its owners split its points by their shares. Each country’s income is shared in proportion, in cents, adding up exactly.')));
  s.append(form, out);
  return s;
}

function distributionAnswer(d) {
  const countries = [...new Set(d.licensors.flatMap(l => Object.keys(l.amounts || {})))].sort();
  const rows = d.licensors;
  const box = h('div', {dataset: {part: 'distribution-answer'}},
    h('p', {class: 'lead'}, `${money(d.income, d.currency)} earned from ${d.from} to ${d.to} goes to ${fmt.int(rows.length)} licensors` +
      (d.unallocated.length ? `; ${d.unallocated.length === 1 ? 'one amount stays' : `${d.unallocated.length} amounts stay`} unallocated.` : '.')),
    rows.length ? chartWithTable({name: 'distribution', title: 'Each licensor’s amount', description: `${rows.length} licensors`,
      height: Math.max(160, 50 + rows.length * 30), stacked: true,
      option: barOption(rows.map(r => ({label: r.organization, value: Number(r.amount)})), {color: colors.owner, valueName: d.currency || ''}),
      columns: [{label: 'Licensor', value: r => link('organization', r.organization)}, {label: 'Amount', num: true, value: r => money(r.amount)},
        {label: 'Share', num: true, value: r => fmt.pct(r.share)},
        ...countries.map(c => ({label: c, num: true, value: r => (r.amounts && r.amounts[c] != null ? money(r.amounts[c]) : '')}))],
      rows}) : h('p', {class: 'empty'}, 'No licensor earns anything in this period.'),
    h('h3', {}, 'Unallocated'),
    table('Income not shared', [{label: 'Country', value: u => u.country}, {label: 'Amount', num: true, value: u => money(u.amount)},
      {label: 'Why', value: u => ({NOTHING_IN_FORCE: 'the pool held nothing in force there in the period',
        OWNER_UNKNOWN: 'points of patents without a recorded owner'}[u.reason] || u.reason)}], d.unallocated,
    {empty: 'Nothing: every country’s income is shared.'}));
  return box;
}
