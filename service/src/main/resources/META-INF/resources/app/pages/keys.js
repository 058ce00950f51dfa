// /keys: what the key of this browser tab may do; for an admin, make a key (its secret shown once), list and revoke
// keys (POST, GET, DELETE /api/v1/keys). The secret is shown in the page only, never put in the address.
import {ApiError, ROLES, apiKey, get, post, send, seg} from '../api.js';
import {errorBox, facts, fill, fmt, h, link, loading, pageHeader, pagedList, section, table} from '../ui.js';

export async function render(view) {
  document.title = 'API keys · sepgraph';
  view.append(pageHeader('', 'API keys', 'Every call to the API carries a key; its role says what it may do.'));
  const roles = section('Roles');
  roles.dataset.part = 'roles';
  roles.append(table('What each role may do', [{label: 'Role', value: r => r.role}, {label: 'May', value: r => r.may}],
    Object.entries(ROLES).map(([role, may]) => ({role, may}))),
  h('p', {class: 'muted'}, 'A key may name an organisation: it then sees the royalty terms of the licences that organisation is a party to.'));
  const mine = section('This tab’s key');
  mine.dataset.part = 'my-key';
  view.append(mine, roles);
  if (!apiKey()) {
    mine.append(h('p', {}, 'No key is set in this tab. Use “Enter key” at the top of the page; it is kept in this tab only and never put in the address.'));
    return;
  }
  let me;
  try {
    me = await get('/api/v1/keys/me');
  } catch (e) {
    mine.append(errorBox(e));
    return;
  }
  mine.append(facts([['Key id', h('code', {}, me.id)], ['Name', me.name], ['Role', h('strong', {dataset: {role: me.role}}, me.role)],
    ['Organisation', me.organization ? link('organization', me.organization) : 'none'], ['Made', me.created]]),
  h('p', {class: 'lead'}, `This key ${ROLES[me.role] || 'has an unknown role'}.`));
  if (me.role !== 'admin') {
    const s = section('Manage keys');
    s.dataset.part = 'manage';
    s.append(h('p', {}, `Only an admin key may make, list and revoke keys; this key’s role is “${me.role}”. Ask the service’s administrator for a key with the role you need.`));
    view.append(s);
    return;
  }
  const made = h('div', {role: 'status', 'aria-live': 'polite'});
  const listBox = h('div', {});
  const status = h('p', {role: 'status', class: 'muted', 'aria-live': 'polite'});
  const name = h('input', {id: 'key-name', name: 'name', required: true, placeholder: 'e.g. Kestrel licensing team'});
  const role = h('select', {id: 'key-role', name: 'role'}, Object.keys(ROLES).map(r => h('option', {value: r}, r)));
  const org = h('input', {id: 'key-org', name: 'organization', placeholder: 'organisation id (optional)'});
  const form = h('form', {class: 'options', 'aria-label': 'Make a key', onsubmit: async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const body = {name: name.value.trim(), role: role.value};
    if (org.value.trim()) body.organization = org.value.trim();
    try {
      const k = await post('/api/v1/keys', body);
      fill(made, h('div', {class: 'notice', dataset: {part: 'new-key'}},
        h('p', {}, h('strong', {}, `Key ${k.id} (${k.role}) made for “${k.name}”.`), ' Copy its secret now: it is shown this once and cannot be read again.'),
        h('label', {for: 'new-secret'}, 'Secret'),
        h('input', {id: 'new-secret', class: 'secret', readonly: true, value: k.key, onfocus: ev => ev.target.select()})));
      form.reset();
      refresh();
    } catch (err) {
      fill(made, errorBox(err));
    }
  }},
  h('label', {for: 'key-name'}, 'Name'), name, h('label', {for: 'key-role'}, 'Role'), role,
  h('label', {for: 'key-org'}, 'Organisation'), org, h('button', {type: 'submit', class: 'primary'}, 'Make a key'));
  const create = section('Make a key');
  create.dataset.part = 'make-key';
  create.append(form, made);
  const list = section('Keys');
  list.dataset.part = 'keys';
  list.append(status, listBox);
  view.append(create, list);
  function refresh() {
    const paged = pagedList({caption: 'Keys that open the service', size: 20, empty: 'No key.',
      columns: [{label: 'Id', value: k => h('code', {}, k.id)}, {label: 'Name', value: k => k.name}, {label: 'Role', value: k => k.role},
        {label: 'Organisation', value: k => (k.organization ? link('organization', k.organization) : '—')}, {label: 'Made', value: k => k.created},
        {label: 'Revoke', value: k => (k.id === me.id ? h('span', {class: 'muted'}, 'this tab’s key')
          : h('button', {type: 'button', class: 'revoke', 'aria-label': `Revoke key ${k.id} (${k.name})`, onclick: async () => {
            try {
              await send('DELETE', `/api/v1/keys/${seg(k.id)}`);
              status.textContent = `Key ${k.id} (${k.name}) revoked: it opens nothing any more.`;
              refresh();
            } catch (err) {
              status.textContent = err instanceof ApiError ? err.explain() : String(err);
            }
          }}, 'Revoke'))}],
      fetchPage: (page, size) => get('/api/v1/keys', {page, size})});
    fill(listBox, paged);
    return paged.ready;
  }
  await refresh();
}
