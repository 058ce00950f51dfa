// Hooks for what the service offers beyond what the pages know: every GET operation the API documents under a
// page's resource (e.g. /api/v1/standards/{id}/landscape, once the back end adds it) gets a section with a form
// built from its documented query parameters and its answer shown as facts and tables. Nothing is invented: a
// section appears only when the service's OpenAPI lists the operation, and it shows only what the service answers.
import {apiDocument, get, seg} from './api.js';
import {arrayPages, errorBox, facts, fill, h, loading, pagedList, section} from './ui.js';

const PAGING = new Set(['page', 'size']);

/**
 * Sections for the GET operations under resource ('/api/v1/standards/{id}') that this page does not already
 * show (known: the last path segments it shows itself, e.g. ['coverage', 'binding']).
 */
export async function extraSections(view, resource, id, known, ctx) {
  const doc = await apiDocument();
  const paths = Object.keys(doc.paths || {}).filter(p => p.startsWith(resource + '/') && doc.paths[p].get
    && !known.includes(p.slice(resource.length + 1)) && !p.slice(resource.length + 1).includes('{'));
  for (const path of paths.sort()) {
    view.append(operationSection(path, doc.paths[path], resource, id, ctx));
  }
}

/** One documented GET operation: a form of its query parameters and its answer. */
export function operationSection(path, item, resource, id, ctx) {
  const op = item.get;
  const tail = path.slice(resource.length + 1);
  const title = op.summary || tail.replace(/[-_]/g, ' ').replace(/^./, c => c.toUpperCase());
  const params = [...(item.parameters || []), ...(op.parameters || [])].filter(p => p.in === 'query' && !PAGING.has(p.name));
  const s = section(title);
  s.dataset.extra = tail;
  const out = h('div', {class: 'extra-answer'});
  const inputs = params.map(p => {
    const inputId = `x-${tail}-${p.name}`.replace(/[^a-zA-Z0-9_-]/g, '-');
    const preset = p.name === 'asOf' ? ctx.asOf : p.name === 'territory' ? ctx.territory.join(',') : '';
    const values = (p.schema && p.schema.enum) || null;
    const control = values
      ? h('select', {id: inputId, name: p.name}, h('option', {value: ''}, '(default)'), values.map(v => h('option', {value: v}, v)))
      : h('input', {id: inputId, name: p.name, value: preset, required: p.required || false, placeholder: p.example != null ? String(p.example) : ''});
    return h('span', {class: 'extra-field'}, h('label', {for: inputId, title: p.description || ''}, p.name), control);
  });
  const form = h('form', {class: 'options', 'aria-label': title, onsubmit: e => {
    e.preventDefault();
    run();
  }}, inputs, h('button', {type: 'submit', class: 'primary'}, 'Answer'));
  if (op.description) s.append(h('p', {class: 'muted'}, op.description));
  s.append(form, out);
  async function run() {
    fill(out, loading());
    const query = {};
    for (const el of form.elements) if (el.name && el.value) query[el.name] = el.value;
    try {
      fill(out, renderAnswer(await get(`${resource.replace('{id}', seg(id))}/${tail}`, query)));
    } catch (e) {
      fill(out, errorBox(e));
    }
  }
  if (!params.some(p => p.required)) run();
  return s;
}

/** Any JSON answer as a person reads it: its figures as facts, its lists as paged tables. */
export function renderAnswer(value) {
  if (Array.isArray(value)) return listOf('Items', value);
  if (value === null || typeof value !== 'object') return h('p', {}, String(value));
  const scalars = [];
  const blocks = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === null || typeof v !== 'object') scalars.push([words(k), scalar(v)]);
    else if (Array.isArray(v) && v.every(x => x === null || typeof x !== 'object')) scalars.push([words(k), v.length ? v.join(', ') : '—']);
    else if (Array.isArray(v)) blocks.push(h('h3', {}, words(k)), listOf(words(k), v));
    else if (Array.isArray(v.items) && 'total' in v) {
      blocks.push(h('h3', {}, words(k)), listOf(words(k), v.items),
        v.total > v.items.length ? h('p', {class: 'muted'}, `${v.items.length} of ${v.total} shown.`) : null);
    } else if (Object.values(v).every(x => x === null || typeof x !== 'object')) {
      blocks.push(h('h3', {}, words(k)), listOf(words(k), Object.entries(v).map(([key, val]) => ({key, value: val}))));
    } else blocks.push(h('h3', {}, words(k)), renderAnswer(v));
  }
  return h('div', {class: 'generic'}, scalars.length ? facts(scalars) : null, blocks);
}

function listOf(caption, rows) {
  const objects = rows.map(r => (r !== null && typeof r === 'object' ? r : {value: r}));
  const keys = [...new Set(objects.slice(0, 50).flatMap(o => Object.keys(o)))];
  return pagedList({caption, size: 10, empty: 'None.', fetchPage: arrayPages(objects),
    columns: keys.map(k => ({label: words(k), num: objects.every(o => o[k] == null || typeof o[k] === 'number'),
      value: o => scalar(o[k])}))});
}

function scalar(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** camelCase → words: unknownExpiry → unknown expiry. */
function words(key) {
  return String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, c => c.toUpperCase());
}
