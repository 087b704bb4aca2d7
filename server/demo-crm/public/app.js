// Demo CRM single-page app: history.pushState routing, the header is built once and patched,
// only <main> is re-rendered on navigation.

import { AGENT, getCase } from './data.js';
import { html } from './html.js';
import { workspacePage } from './workspace.js';
import { classicPage } from './framed.js';
import { LANGS, LOCALES, normaliseLang, t } from './i18n.js';
import {
  casePage,
  casesPage,
  customerPage,
  customersPage,
  homePage,
  notFoundPage,
  searchPage,
} from './views.js';

/** Query parameters that stick across in-app navigation. */
const STICKY = ['lang', 'latency'];

const NAV = [
  ['home', '/', 'nav.home'],
  ['customers', '/customers', 'nav.customers'],
  ['cases', '/cases', 'nav.cases'],
  ['search', '/search', 'nav.search'],
];

// Edits made during this page session (notes, verified phone, case comments). Not persisted.
const sessionEdits = { customers: new Map(), comments: new Map() };
const edits = {
  customer: (id) => sessionEdits.customers.get(id) ?? { phoneVerified: '', notes: '' },
  comments: (id) => sessionEdits.comments.get(id) ?? [],
};

let renderToken = 0;
let toastTimer = 0;

function currentParams() {
  return new URLSearchParams(window.location.search);
}

function currentLang() {
  return normaliseLang(currentParams().get('lang'));
}

/** Build an in-app href keeping the sticky parameters (lang, latency). */
function link(path, overrides = {}) {
  const url = new URL(path, window.location.origin);
  const now = currentParams();
  for (const key of STICKY) {
    if (!url.searchParams.has(key) && now.has(key)) url.searchParams.set(key, now.get(key));
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.searchParams.get('lang') === 'en') url.searchParams.delete('lang');
  const qs = url.searchParams.toString();
  return url.pathname + (qs ? `?${qs}` : '');
}

function makeContext(lang) {
  const locale = LOCALES[lang];
  const dateFmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const langNames = new Intl.DisplayNames([locale], { type: 'language' });
  const toDate = (iso) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return {
    lang,
    t: (key, params) => t(lang, key, params),
    link,
    edits,
    fmtDate: (iso) => dateFmt.format(toDate(iso)),
    fmtDateTime: (iso) => dateTimeFmt.format(toDate(iso)),
    languageName: (code) => {
      const name = langNames.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    },
  };
}

function route(ctx) {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  const params = currentParams();
  if (path === '/') return homePage(ctx);
  if (path === '/customers') return customersPage(ctx);
  if (path === '/cases') return casesPage(ctx);
  if (path === '/search') return searchPage(ctx, params.get('q') ?? '');
  let m = /^\/customers\/([^/]+)$/.exec(path);
  if (m) return customerPage(ctx, decodeURIComponent(m[1]));
  m = /^\/cases\/([^/]+)$/.exec(path);
  if (m) return casePage(ctx, decodeURIComponent(m[1]));
  m = /^\/workspace\/customers\/([^/]+)$/.exec(path);
  if (m) return workspacePage(ctx, decodeURIComponent(m[1]));
  m = /^\/classic\/customers\/([^/]+)$/.exec(path);
  if (m) return classicPage(ctx, decodeURIComponent(m[1]));
  return notFoundPage(ctx);
}

// ---------------------------------------------------------------------------------------------
// Header: built once, then patched in place so only <main> changes on navigation.

function buildHeader(root) {
  root.innerHTML = html`<div class="header-inner">
    <a class="brand" href="/" data-testid="nav-logo">
      <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path
          d="M9 11.5h14M9 16h10M9 20.5h12"
          stroke="#fff"
          stroke-width="2.4"
          stroke-linecap="round"
        />
      </svg>
      <span class="brand-name">Demo CRM</span>
    </a>
    <nav class="app-nav" data-i18n-label="nav.label">
      <ul>
        ${NAV.map(
          ([key, href, label]) =>
            html`<li>
              <a href="${href}" data-testid="nav-${key}" data-nav="${key}" data-i18n="${label}"></a>
            </li>`,
        )}
      </ul>
    </nav>
    <div class="header-tools">
      <div class="lang-switch" role="group" data-i18n-label="lang.label">
        ${LANGS.map(
          (code) =>
            html`<a
              href="/"
              data-testid="lang-${code}"
              data-lang="${code}"
              hreflang="${code}"
              lang="${code}"
              >${code.toUpperCase()}</a
            >`,
        )}
      </div>
      <div class="user-chip" data-i18n-label="user.menu" role="group">
        <span class="avatar avatar-agent" aria-hidden="true">${AGENT.initials}</span>
        <span class="user-text">
          <span class="user-line"
            ><span data-i18n="user.loggedInAs"></span>
            <strong class="user-name">${AGENT.name}</strong></span
          >
          <span class="user-email">${AGENT.email}</span>
        </span>
      </div>
    </div>
  </div>`.toString();
}

function patchHeader(root, ctx, sectionName) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    const text = ctx.t(el.dataset.i18n);
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', ctx.t(el.dataset.i18nLabel));
  }
  for (const el of root.querySelectorAll('[data-nav]')) {
    const [, href] = NAV.find(([key]) => key === el.dataset.nav);
    el.setAttribute('href', link(href));
    if (el.dataset.nav === sectionName) el.setAttribute('aria-current', 'page');
    else el.removeAttribute('aria-current');
  }
  root.querySelector('.brand').setAttribute('href', link('/'));
  const here = window.location.pathname + window.location.search;
  for (const el of root.querySelectorAll('[data-lang]')) {
    el.setAttribute('href', link(here, { lang: el.dataset.lang }));
    if (el.dataset.lang === ctx.lang) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function render() {
  const token = ++renderToken;
  const lang = currentLang();
  const ctx = makeContext(lang);
  const page = route(ctx);
  document.documentElement.lang = lang;
  document.title = [...page.title, 'Demo CRM'].join(' | ');
  patchHeader(document.getElementById('app-header'), ctx, page.section);
  const skip = document.querySelector('.skip-link');
  skip.textContent = ctx.t('app.skip');
  document.querySelector('.app-footer').textContent = ctx.t('app.footer');

  const main = document.getElementById('main');
  const latency = Number(currentParams().get('latency'));
  const paint = () => {
    if (token !== renderToken) return;
    main.innerHTML = page.body.toString();
    main.removeAttribute('aria-busy');
  };
  if (latency > 0) {
    main.setAttribute('aria-busy', 'true');
    main.innerHTML = html`<div class="loading" aria-live="polite">
      <span class="spinner" aria-hidden="true"></span>${ctx.t('msg.loading')}
    </div>`.toString();
    setTimeout(paint, Math.min(latency, 10000));
  } else {
    paint();
  }
}

function navigate(href, { replace = false } = {}) {
  const target = new URL(href, window.location.href);
  const same =
    target.pathname + target.search === window.location.pathname + window.location.search;
  if (replace || same) window.history.replaceState(null, '', target.pathname + target.search);
  else window.history.pushState(null, '', target.pathname + target.search);
  render();
  if (!same) window.scrollTo(0, 0);
}

function showToast(text) {
  const toast = document.getElementById('toast');
  toast.textContent = text;
  toast.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.classList.remove('visible'), 2500);
}

function onClick(event) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;

  const demo = target.closest('[data-action="demo"]');
  if (demo) {
    showToast(t(currentLang(), 'msg.notInDemo'));
    return;
  }

  const a = target.closest('a[href]');
  if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
  const raw = a.getAttribute('href');
  if (raw.startsWith('#')) return;
  const url = new URL(a.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

/** The record id in /customers/:id or /cases/:id (forms read it from the URL, not the DOM). */
function recordIdFromPath(kind) {
  const m = new RegExp(`^/${kind}/([^/]+)/?$`).exec(window.location.pathname);
  return m ? decodeURIComponent(m[1]) : '';
}

function onSubmit(event) {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const kind = form.dataset.form;
  if (!kind) return;
  event.preventDefault();
  const lang = currentLang();
  if (kind === 'search') {
    const q = String(new FormData(form).get('q') ?? '').trim();
    navigate(link('/search', { q: q || null }));
  } else if (kind === 'customer-notes') {
    const data = new FormData(form);
    sessionEdits.customers.set(recordIdFromPath('customers'), {
      phoneVerified: String(data.get('phoneVerified') ?? ''),
      notes: String(data.get('notes') ?? ''),
    });
    form.querySelector('.form-status').textContent = t(lang, 'msg.saved');
  } else if (kind === 'case-comment') {
    const text = String(new FormData(form).get('comment') ?? '').trim();
    if (!text) return;
    const id = getCase(recordIdFromPath('cases'))?.id;
    if (!id) return;
    const list = [...edits.comments(id)];
    // Deterministic timestamp: one minute after the demo's "now" per comment.
    list.push({
      at: `2025-11-24T11:${String(list.length).padStart(2, '0')}:00Z`,
      by: AGENT.name,
      text,
    });
    sessionEdits.comments.set(id, list);
    render();
    const status = document.querySelector('[data-form="case-comment"] .form-status');
    if (status) status.textContent = t(lang, 'msg.posted');
  }
}

function boot() {
  buildHeader(document.getElementById('app-header'));
  document.addEventListener('click', onClick);
  document.addEventListener('submit', onSubmit);
  window.addEventListener('popstate', render);
  render();
}

boot();
