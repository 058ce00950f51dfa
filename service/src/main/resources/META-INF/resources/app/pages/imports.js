// /imports: choose a format and a file, upload it with progress, then read the report (created, updated and
// unchanged per kind; warnings; refused lines with their numbers).
import {get, upload} from '../api.js';
import {errorBox, figures, fill, fmt, h, pageHeader, pagedList, arrayPages, section} from '../ui.js';
import {ApiError} from '../api.js';

const FORMATS = {
  'access-advance': {label: 'Access Advance pool list (CSV)', type: 'text/csv',
    help: 'The patent list a pool administrator publishes. Name the pool it belongs to and the standard the pool binds.'},
  'etsi-isld': {label: 'ETSI IPR declarations, ISLD export (CSV)', type: 'text/csv',
    help: 'Individual declarations exported from ETSI’s IPR database (“;” or “,” separated).'},
  bundle: {label: 'sepgraph bundle (JSON)', type: 'application/json',
    help: 'sepgraph’s lossless JSON of nodes and relationships, as written by the export.'},
};

export async function render(view) {
  document.title = 'Import · sepgraph';
  view.append(pageHeader('Import', 'Import a file',
    'The whole file is checked first: any bad line refuses it and nothing is written. Importing the same file again changes nothing.'));
  const formatSelect = h('select', {id: 'imp-format', name: 'format'},
    Object.entries(FORMATS).map(([k, f]) => h('option', {value: k}, f.label)));
  const help = h('p', {id: 'imp-format-help', class: 'help'});
  const aaFields = h('fieldset', {class: 'aa-fields'}, h('legend', {}, 'Pool list parameters'),
    field('imp-pool', 'pool', 'Pool id', {required: true, placeholder: 'e.g. hevc-advance'}),
    field('imp-standard', 'standard', 'Standard id', {required: true, placeholder: 'e.g. ITU-T H.265'}),
    field('imp-pool-name', 'poolName', 'Pool name (when created)', {}),
    field('imp-administrator', 'administrator', 'Administrator (when created)', {}));
  const file = h('input', {id: 'imp-file', name: 'file', type: 'file', required: true, accept: '.csv,.json,.txt,text/csv,application/json'});
  const progress = h('progress', {id: 'imp-progress', max: '100', value: '0', hidden: true, 'aria-label': 'Upload progress'});
  const progressText = h('span', {class: 'progress-text', role: 'status', 'aria-live': 'polite'});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Upload and import');
  const out = h('div', {id: 'imp-report'});
  const form = h('form', {class: 'card import-form', 'aria-label': 'Import a file'},
    h('div', {class: 'import-what'},
      h('div', {class: 'field'}, h('label', {for: 'imp-format'}, 'Format'), formatSelect, help),
      aaFields),
    h('div', {class: 'import-file'},
      h('div', {class: 'field'}, h('label', {for: 'imp-file'}, 'File'), file),
      h('div', {class: 'inline'}, submit, progress),
      h('p', {}, progressText),
      h('p', {class: 'help'}, 'Large files (a full ETSI export) go faster from the command line: bin/sepgraph-import.')));
  const sync = () => {
    const f = formatSelect.value;
    help.textContent = FORMATS[f].help;
    aaFields.hidden = f !== 'access-advance';
    aaFields.disabled = f !== 'access-advance';
  };
  formatSelect.addEventListener('change', sync);
  sync();
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const format = formatSelect.value;
    const chosen = file.files[0];
    const params = {file: chosen.name};
    if (format === 'access-advance') {
      for (const name of ['pool', 'standard', 'poolName', 'administrator']) params[name] = form.elements[name].value.trim();
    }
    submit.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    progressText.textContent = `Uploading ${chosen.name}…`;
    out.replaceChildren();
    try {
      const answer = await upload(`/api/v1/imports/${encodeURIComponent(format)}`, params, chosen, FORMATS[format].type, p => {
        const pct = p.total ? Math.round(100 * p.loaded / p.total) : 0;
        if (p.phase === 'upload') progress.value = pct;
        else progress.removeAttribute('value'); // the service is working: an indeterminate bar
        progressText.textContent = p.phase === 'upload'
          ? `Uploading ${chosen.name}: ${pct} % of ${fmt.int(p.total)} bytes`
          : `Uploaded ${fmt.int(p.total)} bytes; the service is checking and writing…`;
      });
      progress.value = 100;
      progressText.textContent = answer.status === 200 ? 'Done.' : answer.status === 422 ? 'Refused.' : `Failed (${answer.status}).`;
      fill(out, report(answer, chosen.name));
      history.refresh();
    } catch (err) {
      progressText.textContent = 'Failed.';
      fill(out, errorBox(err));
    } finally {
      submit.disabled = false;
    }
  });
  const history = importHistory();
  view.append(form, out, history);
  await history.ready;
}

/** What was imported before, newest first (GET /api/v1/imports; editors and admins). */
function importHistory() {
  const s = section('Import history');
  s.dataset.part = 'import-history';
  const body = h('div', {});
  s.append(h('p', {class: 'muted'}, 'Every file imported or refused, newest first: who sent it (key id) and what it changed (editors and admins may see it).'), body);
  s.refresh = () => {
    const list = pagedList({caption: 'Imports', size: 10, empty: 'Nothing was imported yet.',
      columns: [{label: 'When', value: e => (e.at || '').replace('T', ' ').replace(/\.\d+Z$/, ' UTC')},
        {label: 'Format', value: e => e.format}, {label: 'File', value: e => e.file || '—'},
        {label: 'Outcome', value: e => h('span', {class: 'tag' + (e.status === 'IMPORTED' ? '' : ' bad')}, e.status)},
        {label: 'Rows', num: true, value: e => (e.report ? fmt.int(e.report.rowsRead) : '—')},
        {label: 'Created', num: true, value: e => (e.report ? fmt.int(e.report.nodes.created + e.report.relationships.created) : '—')},
        {label: 'Updated', num: true, value: e => (e.report ? fmt.int(e.report.nodes.updated + e.report.relationships.updated) : '—')},
        {label: 'Version', num: true, value: e => fmt.int(e.version)},
        {label: 'Key', value: e => (e.key ? h('code', {}, e.key) : '—')},
        {label: 'Why refused', value: e => e.failure || ''}],
      fetchPage: (page, size) => get('/api/v1/imports', {page, size})});
    fill(body, list);
    s.ready = list.ready;
    return list.ready;
  };
  s.refresh();
  return s;
}

function field(id, name, label, attrs) {
  return h('div', {class: 'field'}, h('label', {for: id}, label), h('input', {id, name, ...attrs}));
}

/** The import report (200), the refused lines (422 problem with errors), or the problem in words. */
function report({status, body}, fileName) {
  if (status === 200) {
    const r = body;
    const s = section('Import report');
    s.dataset.part = 'import-report';
    s.dataset.outcome = 'imported';
    s.append(h('p', {class: 'lead'}, `${fileName} was imported (${r.format}): ${fmt.int(r.rowsRead)} rows read in ${r.seconds.toFixed(1)} s.`),
      figures([['Nodes created', fmt.int(r.nodes.created)], ['Nodes updated', fmt.int(r.nodes.updated)], ['Nodes unchanged', fmt.int(r.nodes.unchanged)],
        ['Relationships created', fmt.int(r.relationships.created)], ['Relationships updated', fmt.int(r.relationships.updated)],
        ['Relationships unchanged', fmt.int(r.relationships.unchanged)]]),
      h('h3', {}, 'By kind'),
      pagedList({caption: 'Created, updated and unchanged by kind', size: 20, empty: 'Nothing was read.',
        columns: [{label: 'Kind', value: k => k.kind}, {label: 'Created', num: true, value: k => fmt.int(k.counts.created)},
          {label: 'Updated', num: true, value: k => fmt.int(k.counts.updated)}, {label: 'Unchanged', num: true, value: k => fmt.int(k.counts.unchanged)}],
        fetchPage: arrayPages(r.byKind || [])}),
      h('h3', {}, 'Warnings'), issues('Warnings', r.warnings, r.moreWarnings, 'No warnings.', 'warnings'));
    return s;
  }
  if (status === 422 && body && Array.isArray(body.errors)) {
    const s = section('Import refused');
    s.dataset.part = 'import-report';
    s.dataset.outcome = 'refused';
    const more = body.report ? body.report.moreErrors : 0;
    s.append(h('div', {class: 'error', role: 'alert'}, h('p', {class: 'error-title'}, `${fileName} was refused; nothing was written.`),
      h('p', {}, problemsSentence(body.errors, more))),
    issues('Refused lines', body.errors, more, 'None.', 'errors'));
    if (body.report && body.report.warnings && body.report.warnings.length) {
      s.append(h('h3', {}, 'Warnings'), issues('Warnings', body.report.warnings, body.report.moreWarnings, 'No warnings.', 'warnings'));
    }
    return s;
  }
  return errorBox(new ApiError(status, body || {}, ''));
}

function problemsSentence(errors, more) {
  const n = errors.length + (more || 0);
  const lines = [...new Set(errors.map(e => e.line))].sort((a, b) => a - b);
  return `${fmt.int(n)} problem${n === 1 ? '' : 's'} on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${more ? ' and more' : ''}: fix them and import the file again.`;
}

function issues(caption, list, more, empty, name) {
  return h('div', {dataset: {list: name}}, pagedList({caption, size: 20, empty,
    columns: [{label: 'Line', num: true, value: i => String(i.line)}, {label: 'Field', value: i => (i.field ? h('code', {}, i.field) : '—')},
      {label: 'What is wrong', value: i => i.message}],
    fetchPage: arrayPages(list || [])}),
  more ? h('p', {class: 'muted'}, `and ${fmt.int(more)} more not listed.`) : null);
}
