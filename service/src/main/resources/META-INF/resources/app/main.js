// The application: reads the address, keeps asOf and territory in it, navigates with history.pushState, asks for
// an API key once per browser session when the service answers 401, and hands the page to one module per page.
import {apiKey, setApiKey, askedForKey, markAskedForKey, onUnauthorised, loadKeyInfo, offers, roleMeaning} from './api.js';
import {context, disposeCharts, errorBox, fill, h, href, pageHeader} from './ui.js';

const routes = [
  {pattern: /^\/$/, page: 'home'},
  {pattern: /^\/standards\/(.+)$/, page: 'standard'},
  {pattern: /^\/pools\/(.+)$/, page: 'pool'},
  {pattern: /^\/organizations\/(.+)$/, page: 'organization'},
  {pattern: /^\/patents\/(.+)$/, page: 'patent'},
  {pattern: /^\/licenses\/(.+)$/, page: 'license'},
  {pattern: /^\/paths$/, page: 'paths'},
  {pattern: /^\/imports$/, page: 'imports'},
  {pattern: /^\/keys$/, page: 'keys'},
];

const main = document.getElementById('main');
const contextForm = document.getElementById('context-form');
const searchForm = document.getElementById('search-form');
let renderCount = 0;

/** Render the page of the current address. */
let rendered = null;

async function render({focus = false} = {}) {
  const run = ++renderCount;
  rendered = location.pathname + location.search;
  const query = new URLSearchParams(location.search);
  context.asOf = query.get('asOf') || '';
  context.territory = query.get('territory') || '';
  contextForm.asOf.value = context.asOf;
  contextForm.territory.value = context.territory;
  searchForm.q.value = location.pathname === '/' ? query.get('q') || '' : '';
  markCurrentNav();
  disposeCharts();
  document.body.dataset.page = 'loading';
  const route = routes.find(r => r.pattern.test(location.pathname));
  const view = h('div', {class: 'view'});
  main.replaceChildren(view);
  try {
    if (!route) {
      fill(view, pageHeader('', 'Page not found'),
        h('p', {}, 'This address is not a page of sepgraph. ', h('a', {href: href('/')}, 'Go to the overview'), '.'));
      document.title = 'Not found · sepgraph';
    } else {
      const id = route.pattern.exec(location.pathname)[1];
      const module = await import(`./pages/${route.page}.js`);
      await module.render(view, {
        id: id === undefined ? undefined : decodeURIComponent(id),
        query,
        asOf: context.asOf,
        territory: context.territory ? context.territory.split(',').map(t => t.trim().toUpperCase()).filter(Boolean) : [],
      });
    }
  } catch (e) {
    if (run === renderCount) fill(view, errorBox(e));
  }
  if (run !== renderCount) return;
  document.body.dataset.page = route ? route.page : 'none';
  if (focus) {
    const heading = main.querySelector('h1');
    (heading || main).focus({preventScroll: false});
  }
}

function markCurrentNav() {
  document.querySelectorAll('.nav a').forEach(a => {
    const path = new URL(a.href).pathname;
    const current = path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

/** Go to an address of the application without reloading the document. */
export function navigate(target, {replace = false} = {}) {
  const url = new URL(target, location.href);
  if (replace) history.replaceState(null, '', url.pathname + url.search);
  else history.pushState(null, '', url.pathname + url.search);
  window.scrollTo(0, 0);
  render({focus: true});
}
window.sepgraphNavigate = navigate;

document.addEventListener('click', e => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.target || a.hasAttribute('download') || a.hasAttribute('data-external')) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || /^\/(api|q|webjars|app)\//.test(url.pathname)) return;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});

// Back and Forward render the page of the address; a change of the fragment only (the skip link's #main) keeps the
// page as it is (Chromium fires popstate for it too).
window.addEventListener('popstate', () => {
  if (location.pathname + location.search === rendered) return;
  render({focus: true});
});

/** The header's form: asOf and territory go into the address of the current page. */
contextForm.addEventListener('submit', e => {
  e.preventDefault();
  if (!contextForm.reportValidity()) return;
  const q = new URLSearchParams(location.search);
  const asOf = contextForm.asOf.value;
  const territory = contextForm.territory.value.split(',').map(t => t.trim().toUpperCase()).filter(Boolean).join(',');
  asOf ? q.set('asOf', asOf) : q.delete('asOf');
  territory ? q.set('territory', territory) : q.delete('territory');
  const s = q.toString();
  navigate(location.pathname + (s ? '?' + s : ''));
});
document.getElementById('ctx-reset').addEventListener('click', () => {
  const q = new URLSearchParams(location.search);
  q.delete('asOf');
  q.delete('territory');
  const s = q.toString();
  navigate(location.pathname + (s ? '?' + s : ''));
});

searchForm.addEventListener('submit', e => {
  e.preventDefault();
  const q = searchForm.q.value.trim();
  navigate(href('/', {q}));
});

// --- API key: asked once per browser session on a 401, kept in sessionStorage, never in the address ---
const keyDialog = document.getElementById('key-dialog');
const keyStatus = document.getElementById('key-status');

function askForKey(reason) {
  if (keyDialog.open) return;
  document.getElementById('key-reason').textContent = reason ||
    'Enter the API key you were given. It is kept in this browser tab until you close it, and never put in the address.';
  keyDialog.querySelector('#key-input').value = '';
  keyDialog.showModal();
}

keyDialog.addEventListener('close', async () => {
  markAskedForKey();
  if (keyDialog.returnValue === 'save') {
    setApiKey(keyDialog.querySelector('#key-input').value);
    await showKeyStatus();
    render();
  }
});

onUnauthorised(() => {
  if (!askedForKey()) {
    askForKey(apiKey()
      ? 'The service did not accept this key. Enter another one; it is kept in this browser tab only.'
      : 'This service needs an API key for what you asked. Enter the key you were given; it is kept in this browser tab until you close it, and never put in the address.');
  }
});
document.addEventListener('sepgraph:ask-key', () => askForKey());

export async function showKeyStatus() {
  const key = apiKey();
  if (!key) {
    fill(keyStatus, h('span', {class: 'muted'}, 'No API key'),
      h('button', {type: 'button', class: 'link-button', onclick: () => askForKey()}, 'Enter key'));
    return;
  }
  const info = await loadKeyInfo(await offers('/api/v1/keys/me'));
  const role = info.role ? h('span', {class: 'role', title: roleMeaning(info.role)}, `role: ${info.role}`) : null;
  const org = info.organization ? h('span', {class: 'muted'}, ` · ${info.organization}`) : null;
  fill(keyStatus, h('span', {}, 'API key set '), role, org,
    h('button', {type: 'button', class: 'link-button', onclick: () => askForKey()}, 'Change'),
    h('button', {type: 'button', class: 'link-button', onclick: async () => {
      setApiKey('');
      await showKeyStatus();
      render();
    }}, 'Forget'));
}

showKeyStatus();
render();
