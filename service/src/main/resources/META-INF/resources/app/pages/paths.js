// /paths?from=&to=: the one shortest chain of rights by which an organisation may practise a patent, drawn as a
// graph (organisations, licences, pools, the patent; each edge labelled with its relationship) and as a list.
import {get} from '../api.js';
import {chartWithTable, colors, errorBox, facts, fill, h, href, link, links, loading, pageHeader, section, words} from '../ui.js';

const KIND_COLORS = {Organization: colors.owner, License: colors.license, Pool: colors.pool, Patent: '#b45309'};
const KIND_WORDS = {Organization: 'organisation', License: 'licence', Pool: 'pool', Patent: 'patent'};
const VIA_WORDS = {
  GRANTED_TO: 'is granted to', GRANTED_BY: 'is granted by', OWNS: 'owns', IN_POOL: 'is held by',
  AFFILIATE_OF: 'is an affiliate of', COVERS: 'covers',
};

export async function render(view, ctx) {
  const from = ctx.query.get('from') || '';
  const to = ctx.query.get('to') || '';
  const maxDepth = ctx.query.get('maxDepth') || '';
  document.title = from && to ? `${from} → ${to} · rights chain · sepgraph` : 'Rights chains · sepgraph';
  view.append(pageHeader('Rights chain', from && to ? `How may ${from} practise ${to}?` : 'How may an organisation practise a patent?',
    'The shortest chain of rights (fewest licences) on the date of the page.'));
  const form = h('form', {class: 'card options', 'aria-label': 'Chain to find', onsubmit: e => {
    e.preventDefault();
    window.sepgraphNavigate(href('/paths', {from: form.from.value.trim(), to: form.to.value.trim(), maxDepth: form.maxDepth.value}));
  }},
  h('label', {for: 'path-from'}, 'Organisation'),
  h('input', {id: 'path-from', name: 'from', value: from, required: true, placeholder: 'organisation id'}),
  h('label', {for: 'path-to'}, 'Patent'),
  h('input', {id: 'path-to', name: 'to', value: to, required: true, placeholder: 'publication number'}),
  h('label', {for: 'path-depth'}, 'Longest chain'),
  h('select', {id: 'path-depth', name: 'maxDepth'}, ['', '1', '2', '3', '4', '5', '6'].map(d =>
    h('option', {value: d, selected: d === maxDepth}, d === '' ? '3 licences (default)' : `${d} licence${d === '1' ? '' : 's'}`))),
  h('button', {type: 'submit', class: 'primary'}, 'Find the chain'));
  view.append(form);
  if (!from || !to) return;
  const out = h('div', {}, loading('Finding the chain'));
  view.append(out);
  let chain;
  try {
    chain = await get('/api/v1/reach/path', {from, to, asOf: ctx.asOf, maxDepth});
  } catch (e) {
    fill(out, section('No chain', errorBox(e, 'A chain')));
    return;
  }
  fill(out, summary(chain), graph(chain));
}

function summary(c) {
  return h('div', {class: 'card', dataset: {part: 'chain-summary'}},
    h('p', {class: 'lead'}, link('organization', c.organization), ' may practise ', link('patent', c.patent), ': ',
      h('strong', {}, c.route), ` — ${words[c.route] || ''}.`),
    facts([['Route', c.route], ['Licences, from the one held to the one granted by the owner or pool', links('license', c.licenses)],
      ['Root (owner or pool)', link(c.path[c.path.length - 2] ? c.path[c.path.length - 2].kind : 'Organization', c.root)],
      ['Family', c.family]]));
}

/** The chain as a left-to-right graph; the list beside it has the same nodes and relationships. */
function graph(c) {
  const nodes = c.path.map((n, i) => ({name: `${n.kind}:${n.id}`, id: n.id, kind: n.kind, step: i}));
  const edges = c.path.slice(1).map((n, i) => {
    const prev = c.path[i];
    // direction OUT: the relationship points from the previous node to this one; IN: from this one to the previous.
    const [source, target] = n.direction === 'IN' ? [n, prev] : [prev, n];
    return {source: `${source.kind}:${source.id}`, target: `${target.kind}:${target.id}`, via: n.via, from: source, to: target};
  });
  const margin = {left: 70, right: 70, top: 40, bottom: 70};
  // Coordinates in the drawing's own pixels: the graph's view scales x and y alike, so circles stay round.
  const option = (width, height) => ({
    tooltip: {formatter: p => (p.dataType === 'edge' ? `${p.data.from.id} ${p.data.via} ${p.data.to.id}` : `${KIND_WORDS[p.data.kind]} ${p.data.nodeId}`)},
    legend: {bottom: 0, data: Object.keys(KIND_COLORS).map(k => KIND_WORDS[k])},
    series: [{
      type: 'graph', layout: 'none', roam: false, ...margin,
      categories: Object.keys(KIND_COLORS).map(k => ({name: KIND_WORDS[k], itemStyle: {color: KIND_COLORS[k]}})),
      symbolSize: 46, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
      label: {show: true, position: 'bottom', distance: 8, formatter: p => p.data.nodeId, color: '#111827', fontSize: 13},
      edgeLabel: {show: true, formatter: p => p.data.via, fontSize: 12, color: '#1f2937', opacity: 1},
      lineStyle: {width: 2, color: '#64748b', opacity: 1, curveness: 0},
      data: nodes.map(n => ({name: n.name, nodeId: n.id, kind: n.kind,
        x: n.step * Math.max(1, width - margin.left - margin.right) / Math.max(1, nodes.length - 1),
        y: n.step % 2 ? Math.max(1, height - margin.top - margin.bottom) : 0, category: Object.keys(KIND_COLORS).indexOf(n.kind),
        symbol: n.kind === 'License' ? 'roundRect' : n.kind === 'Patent' ? 'diamond' : 'circle'})),
      links: edges,
    }],
  });
  const steps = c.path.map((n, i) => ({step: i + 1, node: n, rel: i === 0 ? null : edges[i - 1]}));
  return section('The chain',
    chartWithTable({name: 'path-graph', title: `Rights chain from ${c.organization} to ${c.patent}`,
      description: `${c.path.length} nodes: ` + c.path.map(n => `${KIND_WORDS[n.kind]} ${n.id}`).join(', '), option, height: 260, stacked: true,
      columns: [{label: 'Step', num: true, value: r => String(r.step)}, {label: 'Node', value: r => [KIND_WORDS[r.node.kind], ' ', link(r.node.kind, r.node.id)]},
        {label: 'Relationship to the step before', value: r => (r.rel ? [h('code', {}, r.rel.via), ` (${r.rel.from.id} ${VIA_WORDS[r.rel.via] || r.rel.via} ${r.rel.to.id})`] : 'start')}],
      rows: steps}));
}
