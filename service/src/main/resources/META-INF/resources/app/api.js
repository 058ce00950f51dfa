// Talking to /api/v1: the API key, problems (application/problem+json) in words, and uploads with progress.

const KEY = 'sepgraph.apiKey';
const ASKED = 'sepgraph.apiKeyAsked';

/** A non-2xx answer: the problem's fields, and a sentence a person can act on. */
export class ApiError extends Error {
  constructor(status, problem, url) {
    super(problem.detail || problem.title || `the service answered ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
  }

  /** What went wrong, in words (401 and 403 explained; otherwise the problem's detail). */
  explain() {
    const p = this.problem;
    if (this.status === 401) {
      return apiKey()
        ? 'The service did not accept your API key (' + (p.detail || 'unauthorised') + '). Enter another key.'
        : 'This service needs an API key for this. Enter the key you were given; it is kept in this browser tab only.';
    }
    if (this.status === 403) {
      const role = keyInfo.role ? `“${keyInfo.role}”` : 'role';
      return `Your key's ${role} may not do this` + (p.detail ? `: ${p.detail}` : '.');
    }
    if (this.status === 0) {
      return 'The service could not be reached. Is it running?';
    }
    return p.detail || p.title || `The service answered ${this.status}.`;
  }
}

/** The key of this browser session (sessionStorage: gone when the tab closes; never in the address). */
export function apiKey() {
  return sessionStorage.getItem(KEY) || '';
}

export function setApiKey(key) {
  if (key) {
    sessionStorage.setItem(KEY, key.trim());
  } else {
    sessionStorage.removeItem(KEY);
  }
  keyInfo = {};
}

/** What the service said about the key (GET /api/v1/keys/me), when it says anything. */
export let keyInfo = {};

function headers(extra = {}) {
  const h = {Accept: 'application/json', ...extra};
  const key = apiKey();
  if (key) {
    h.Authorization = 'Bearer ' + key;
  }
  return h;
}

/** '/api/v1/x' with the parameters that have a value; arrays become repeated parameters. */
export function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Segment of a path: ids may hold spaces and slashes. */
export const seg = encodeURIComponent;

const listeners = new Set();

/** Called with every ApiError of status 401, so the application can ask for a key once. */
export function onUnauthorised(listener) {
  listeners.add(listener);
}

async function problemOf(res) {
  const text = await res.text();
  try {
    const body = JSON.parse(text);
    return typeof body === 'object' && body ? body : {detail: text};
  } catch (e) {
    return {title: res.statusText, detail: text && text.length < 300 ? text : ''};
  }
}

/** GET a JSON answer; throws ApiError for every non-2xx answer. */
export async function get(path, params = {}, {signal} = {}) {
  const target = url(path, params);
  let res;
  try {
    res = await fetch(target, {headers: headers(), signal});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, {title: 'Network error', detail: 'the service could not be reached'}, target);
  }
  if (!res.ok) {
    const error = new ApiError(res.status, await problemOf(res), target);
    if (res.status === 401) listeners.forEach(l => l(error));
    throw error;
  }
  return res.json();
}

/**
 * Send a JSON body (POST, or another method) and read the JSON answer; throws ApiError for every non-2xx answer.
 * An answer without a body (204) resolves with null.
 */
export async function send(method, path, body, params = {}) {
  const target = url(path, params);
  let res;
  try {
    res = await fetch(target, {method, headers: headers(body === undefined ? {} : {'Content-Type': 'application/json'}),
      body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new ApiError(0, {title: 'Network error', detail: 'the service could not be reached'}, target);
  }
  if (!res.ok) {
    const error = new ApiError(res.status, await problemOf(res), target);
    if (res.status === 401) listeners.forEach(l => l(error));
    throw error;
  }
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/** POST a JSON body; the JSON answer. */
export function post(path, body, params = {}) {
  return send('POST', path, body, params);
}

/** What each role may do (reader ⊂ editor ⊂ admin), in words. */
export const ROLES = {
  reader: 'may read everything but licence terms it is not a party to, and ask every question (coverage, reach, binding, landscape, plans, distributions)',
  editor: 'may do what a reader may, and change data and import files (and see the import history)',
  admin: 'may do everything: also see every licence\'s royalty terms, the audit trail, and make and revoke API keys',
};

export function roleMeaning(role) {
  return ROLES[String(role || '').toLowerCase()] || '';
}

/** Whether this browser session has asked for a key already (it asks once; the header button asks again). */
export function askedForKey() {
  return sessionStorage.getItem(ASKED) === 'yes';
}

export function markAskedForKey() {
  sessionStorage.setItem(ASKED, 'yes');
}

/** The key's role, when the service offers GET /api/v1/keys/me and a key is set. */
export async function loadKeyInfo(offered) {
  keyInfo = {};
  if (!apiKey() || !offered) return keyInfo;
  try {
    keyInfo = await get('/api/v1/keys/me');
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) keyInfo = {error: e};
  }
  return keyInfo;
}

/**
 * POST a file with upload progress (XMLHttpRequest: fetch has no upload progress).
 * Resolves with {status, body} for every answer the service gives; rejects only when it cannot be reached.
 */
export function upload(path, params, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url(path, params));
    for (const [k, v] of Object.entries(headers({'Content-Type': contentType}))) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', e => onProgress({phase: 'upload', loaded: e.loaded,
      total: e.lengthComputable ? e.total : file.size}));
    xhr.upload.addEventListener('load', () => onProgress({phase: 'processing', loaded: file.size, total: file.size}));
    xhr.addEventListener('load', () => {
      let body;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (e) {
        body = {detail: xhr.responseText};
      }
      if (xhr.status === 401) listeners.forEach(l => l(new ApiError(401, body, path)));
      resolve({status: xhr.status, body});
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, {detail: 'the service could not be reached'}, path)));
    xhr.send(file);
  });
}

let openApi;

function openApiDoc() {
  if (!openApi) {
    openApi = fetch('/q/openapi?format=json', {headers: {Accept: 'application/json'}})
      .then(r => (r.ok ? r.json() : {paths: {}}))
      .catch(() => ({paths: {}}));
  }
  return openApi;
}

/** The API's OpenAPI document (fetched once per page load). */
export function apiDocument() {
  return openApiDoc();
}

/** Whether the API lists this path (OpenAPI): pages offer what the service offers, and nothing else. */
export async function offers(pathTemplate) {
  return Boolean(((await openApiDoc()).paths || {})[pathTemplate]);
}

/** The query parameters the API documents for GET on a path (OpenAPI), e.g. a filter a newer service adds. */
export async function queryParameters(pathTemplate) {
  const item = ((await openApiDoc()).paths || {})[pathTemplate];
  const params = [...((item && item.parameters) || []), ...((item && item.get && item.get.parameters) || [])];
  return new Set(params.filter(p => p.in === 'query').map(p => p.name));
}
