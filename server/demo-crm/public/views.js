// Page renderers. Each returns { section, title: string[], body: SafeHtml }.
// `ctx` carries the language, translator, link builder, formatters and per-session edits.

import { html, raw } from './html.js';
import {
  AGENT,
  CUSTOMERS,
  allCases,
  casesOf,
  getCase,
  getCustomer,
  isOpen,
  myOpenCases,
  search as searchData,
} from './data.js';

// ---------------------------------------------------------------------------------------------
// Small building blocks

const ICONS = {
  customer:
    '<path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5Z"/>',
  case: '<path d="M9 3h6a2 2 0 0 1 2 2v1h3a1 1 0 0 1 1 1v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a1 1 0 0 1 1-1h3V5a2 2 0 0 1 2-2Zm0 3h6V5H9v1Z"/>',
  phone:
    '<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.24 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1l-2.2 2.23Z"/>',
  call: '<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.24 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1l-2.2 2.23Z"/>',
  chat: '<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H8l-4 4V5a1 1 0 0 1 1-1Z"/>',
  email:
    '<path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm9 7L4 7v2l8 5 8-5V7l-8 5Z"/>',
  note: '<path d="M5 3h10l4 4v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm2 7v2h10v-2H7Zm0 4v2h7v-2H7Z"/>',
  transfer: '<path d="M16 3l5 5-5 5V9.5H8v-3h8V3ZM8 21l-5-5 5-5v3.5h8v3H8V21Z"/>',
  check: '<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z"/>',
  opened: '<path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm-1 5v4H7v2h4v4h2v-4h4v-2h-4V7h-2Z"/>',
};

export function icon(name, cls = 'icon') {
  // ICONS are static, trusted markup.
  return html`<svg class="${cls}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${raw(ICONS[name] ?? '')}
  </svg>`;
}

function initials(name) {
  const parts = name
    .replace(/[^\p{L}\s-]/gu, '')
    .split(/\s+/u)
    .filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1][0] : '';
  return (first + last).toUpperCase();
}

const AVATAR_HUES = [210, 340, 160, 25, 265, 190, 5, 130, 290, 45];

function hueOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  return AVATAR_HUES[(h >>> 0) % AVATAR_HUES.length];
}

function avatar(name, key, cls = 'avatar') {
  return html`<span class="${cls}" style="--avatar-hue: ${hueOf(key)}" aria-hidden="true"
    >${initials(name)}</span
  >`;
}

function badge(kind, value, label) {
  return html`<span class="badge badge-${kind}-${value}">${label}</span>`;
}

function statusBadge(ctx, status) {
  return badge('status', status, ctx.t(`status.${status}`));
}

function priorityBadge(ctx, priority) {
  return badge('priority', priority, ctx.t(`priority.${priority}`));
}

function accountStatusBadge(ctx, status) {
  return badge('account', status, ctx.t(`accountStatus.${status}`));
}

function channelLabel(ctx, channel) {
  return html`<span class="channel"
    >${icon(channel, 'icon icon-sm')}${ctx.t(`channel.${channel}`)}</span
  >`;
}

function telHref(phone) {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function pageHeader(title, subtitle, extra = '') {
  return html`<div class="page-header">
    <div>
      <h1>${title}</h1>
      ${subtitle ? html`<p class="page-sub">${subtitle}</p>` : ''}
    </div>
    ${extra}
  </div>`;
}

function section(titleId, title, body, { extra = '', cls = '', tag = 'section' } = {}) {
  const inner = html`<div class="card-head">
      <h2 id="${titleId}">${title}</h2>
      ${extra}
    </div>
    <div class="card-body">${body}</div>`;
  return tag === 'aside'
    ? html`<aside class="card ${cls}" aria-labelledby="${titleId}">${inner}</aside>`
    : html`<section class="card ${cls}" aria-labelledby="${titleId}">${inner}</section>`;
}

function breadcrumb(ctx, items) {
  return html`<nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      ${items.map(([label, href], i) =>
        i === items.length - 1
          ? html`<li><span aria-current="page">${label}</span></li>`
          : html`<li><a href="${ctx.link(href)}">${label}</a></li>`,
      )}
    </ol>
  </nav>`;
}

function demoButtons(ctx, keys) {
  return html`<div class="record-actions">
    ${keys.map(
      (key, i) =>
        html`<button
          type="button"
          class="btn ${i === keys.length - 1 ? 'btn-brand' : ''}"
          data-action="demo"
        >
          ${ctx.t(key)}
        </button>`,
    )}
  </div>`;
}

function highlights(items) {
  return html`<ul class="highlights">
    ${items.map(
      ([label, value]) =>
        html`<li class="highlight">
          <p class="highlight-label">${label}</p>
          <p class="highlight-value">${value}</p>
        </li>`,
    )}
  </ul>`;
}

function caseLink(ctx, kase, withTestId = true) {
  return html`<a
    href="${ctx.link(`/cases/${kase.id}`)}"
    class="record-link"
    ${withTestId ? html`data-testid="case-link-${kase.id}"` : ''}
    >${kase.id}</a
  >`;
}

function customerLink(ctx, customer, withTestId = true) {
  return html`<a
    href="${ctx.link(`/customers/${customer.id}`)}"
    class="record-link"
    ${withTestId ? html`data-testid="customer-link-${customer.id}"` : ''}
    >${customer.name}</a
  >`;
}

/** Replace case ids in free text by links to the case (no test ids: they are mentions). */
function linkCaseIds(ctx, text) {
  const parts = String(text).split(/(CS-\d{5})/g);
  return parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const kase = getCase(part);
    return kase ? caseLink(ctx, kase, false) : part;
  });
}

function emptyRow(colspan, text) {
  return html`<tr class="empty-row">
    <td colspan="${colspan}">${text}</td>
  </tr>`;
}

// ---------------------------------------------------------------------------------------------
// Activity feeds

function caseEvents(ctx, kase) {
  const events = [
    {
      at: kase.created,
      kind: 'opened',
      by: kase.owner,
      title: ctx.t('act.caseOpened', {
        id: '\u0000',
        channel: ctx.t(`channel.${kase.channel}`),
        category: ctx.t(`category.${kase.category}`),
      }),
      kase,
    },
  ];
  if (kase.status === 'resolved' || kase.status === 'closed') {
    events.push({
      at: kase.updated,
      kind: 'check',
      by: kase.owner,
      title: ctx.t(kase.status === 'resolved' ? 'act.caseResolved' : 'act.caseClosed', {
        id: '\u0000',
      }),
      kase,
    });
  }
  return events;
}

function entryEvent(ctx, entry) {
  const title =
    entry.kind === 'transfer'
      ? ctx.t('act.transfer', { queue: entry.queue })
      : ctx.t(`act.${entry.kind}`);
  return { at: entry.at, kind: entry.kind, by: entry.by, title, text: entry.text };
}

function feed(ctx, events) {
  if (!events.length) return html`<p class="muted">${ctx.t('msg.noActivity')}</p>`;
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  const iconFor = { 'email-in': 'email', 'email-out': 'email', comment: 'note' };
  return html`<ol class="feed">
    ${sorted.map((ev) => {
      const [before, after] = ev.title.split('\u0000');
      const title =
        after === undefined ? ev.title : html`${before}${caseLink(ctx, ev.kase, false)}${after}`;
      return html`<li class="feed-item feed-${ev.kind}">
        <span class="feed-icon">${icon(iconFor[ev.kind] ?? ev.kind, 'icon icon-sm')}</span>
        <div class="feed-content">
          <p class="feed-title">${title}</p>
          <p class="feed-meta">
            <time datetime="${ev.at}">${ctx.fmtDateTime(ev.at)}</time>
            ${ev.by ? html` · ${ctx.t('act.by', { name: ev.by })}` : ''}
          </p>
          ${ev.text ? html`<p class="feed-text">${linkCaseIds(ctx, ev.text)}</p>` : ''}
        </div>
      </li>`;
    })}
  </ol>`;
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * A table of cases. Customer links carry `customer-link-<id>` only on a customer's first row (test ids
 * stay unique per page); `skipCustomerIds` lists customers already linked with a test id elsewhere.
 */
function casesTable(
  ctx,
  cases,
  { withCustomer = true, withOwner = false, caption = '', skipCustomerIds = [] } = {},
) {
  const seen = new Set(skipCustomerIds);
  const cols = 7 + (withCustomer ? 1 : 0) + (withOwner ? 1 : 0);
  return html`<div class="table-wrap">
    <table class="data-table">
      ${
        caption
          ? html`<caption class="visually-hidden">
              ${caption}
            </caption>`
          : ''
      }
      <thead>
        <tr>
          <th scope="col">${ctx.t('title.case')}</th>
          <th scope="col">${ctx.t('field.subject')}</th>
          ${withCustomer ? html`<th scope="col">${ctx.t('field.customer')}</th>` : ''}
          <th scope="col">${ctx.t('field.category')}</th>
          <th scope="col">${ctx.t('field.channel')}</th>
          <th scope="col">${ctx.t('field.priority')}</th>
          <th scope="col">${ctx.t('field.status')}</th>
          <th scope="col" class="col-created">${ctx.t('field.created')}</th>
          ${withOwner ? html`<th scope="col">${ctx.t('field.owner')}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${
          cases.length
            ? cases.map((k) => {
                const customer = getCustomer(k.customerId);
                const withTestId = !seen.has(customer.id);
                seen.add(customer.id);
                return html`<tr>
                  <td class="nowrap">${caseLink(ctx, k)}</td>
                  <td class="subject-cell">${k.subject}</td>
                  ${
                    withCustomer
                      ? html`<td class="nowrap">${customerLink(ctx, customer, withTestId)}</td>`
                      : ''
                  }
                  <td>${ctx.t(`category.${k.category}`)}</td>
                  <td class="nowrap">${channelLabel(ctx, k.channel)}</td>
                  <td>${priorityBadge(ctx, k.priority)}</td>
                  <td>${statusBadge(ctx, k.status)}</td>
                  <td class="nowrap col-created">
                    <time datetime="${k.created}">${ctx.fmtDate(k.created)}</time>
                  </td>
                  ${withOwner ? html`<td class="nowrap">${k.owner}</td>` : ''}
                </tr>`;
              })
            : emptyRow(cols, ctx.t('msg.noOpenCases'))
        }
      </tbody>
    </table>
  </div>`;
}

function customersTable(ctx, customers, caption = '') {
  return html`<div class="table-wrap">
    <table class="data-table">
      ${
        caption
          ? html`<caption class="visually-hidden">
              ${caption}
            </caption>`
          : ''
      }
      <thead>
        <tr>
          <th scope="col">${ctx.t('field.name')}</th>
          <th scope="col">${ctx.t('field.accountNumber')}</th>
          <th scope="col">${ctx.t('field.email')}</th>
          <th scope="col">${ctx.t('field.phone')}</th>
          <th scope="col">${ctx.t('field.city')}</th>
          <th scope="col">${ctx.t('field.status')}</th>
        </tr>
      </thead>
      <tbody>
        ${customers.map(
          (c) =>
            html`<tr>
              <td class="nowrap">
                <span class="name-cell"
                  >${avatar(c.name, c.id, 'avatar avatar-sm')}${customerLink(ctx, c)}</span
                >
              </td>
              <td class="nowrap mono">${c.account}</td>
              <td>${c.email}</td>
              <td class="nowrap">${c.phone}</td>
              <td>${c.city}</td>
              <td>${accountStatusBadge(ctx, c.status)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

// ---------------------------------------------------------------------------------------------
// Pages

export function homePage(ctx) {
  const mine = myOpenCases();
  const firstName = AGENT.name.split(' ')[0];
  const kpis = [
    ['home.kpi.open', mine.length, 'brand'],
    [
      'home.kpi.high',
      mine.filter((k) => k.priority === 'high' || k.priority === 'urgent').length,
      'warn',
    ],
    ['home.kpi.pending', mine.filter((k) => k.status === 'pending').length, 'neutral'],
    ['home.kpi.new', mine.filter((k) => k.created.startsWith('2025-11-24')).length, 'ok'],
  ];
  const teamEvents = allCases()
    .filter((k) => k.owner !== AGENT.name)
    .slice(0, 6)
    .flatMap((k) => caseEvents(ctx, k).slice(-1));
  const body = html`${pageHeader(ctx.t('home.welcome', { name: firstName }), ctx.t('home.subtitle'))}
    <ul class="kpis">
      ${kpis.map(
        ([key, value, tone]) =>
          html`<li class="kpi kpi-${tone}">
            <span class="kpi-value">${value}</span><span class="kpi-label">${ctx.t(key)}</span>
          </li>`,
      )}
    </ul>
    <div class="layout-split">
      ${section('my-open-cases', ctx.t('section.myOpenCases'), casesTable(ctx, mine), {
        cls: 'card-flush',
        extra: html`<a class="card-link" href="${ctx.link('/cases')}"
          >${ctx.t('action.viewAll')}</a
        >`,
      })}
      ${section('team-activity', ctx.t('section.teamActivity'), feed(ctx, teamEvents), {
        tag: 'aside',
      })}
    </div>`;
  return { section: 'home', title: [ctx.t('title.home')], body };
}

export function customersPage(ctx) {
  const body = html`${breadcrumb(ctx, [
      [ctx.t('title.home'), '/'],
      [ctx.t('title.customers'), '/customers'],
    ])}
    ${pageHeader(ctx.t('title.customers'), ctx.t('list.customers.count', { n: CUSTOMERS.length }))}
    <div class="card card-flush">${customersTable(ctx, CUSTOMERS, ctx.t('title.customers'))}</div>`;
  return { section: 'customers', title: [ctx.t('title.customers')], body };
}

export function casesPage(ctx) {
  const cases = allCases();
  const body = html`${breadcrumb(ctx, [
      [ctx.t('title.home'), '/'],
      [ctx.t('title.cases'), '/cases'],
    ])}
    ${pageHeader(ctx.t('list.cases.title'), ctx.t('list.cases.count', { n: cases.length }))}
    <div class="card card-flush">
      ${casesTable(ctx, cases, { withOwner: true, caption: ctx.t('list.cases.title') })}
    </div>`;
  return { section: 'cases', title: [ctx.t('title.cases')], body };
}

export function customerPage(ctx, id) {
  const c = getCustomer(id);
  if (!c) return notFoundPage(ctx, 'customers', true);
  const cases = casesOf(c.id);
  const open = cases.filter(isOpen);
  const edits = ctx.edits.customer(c.id);
  const languageName = ctx.languageName(c.language);

  const header = html`<section
    class="card record-header"
    data-testid="record-header"
    aria-labelledby="record-title"
  >
    <div class="record-top">
      ${avatar(c.name, c.id, 'avatar avatar-lg')}
      <div class="record-titles">
        <p class="record-eyebrow">${icon('customer', 'icon icon-sm')}${ctx.t('title.customer')}</p>
        <h1 id="record-title">${c.name}</h1>
        <p class="record-sub">
          ${accountStatusBadge(ctx, c.status)}
          <span>${ctx.t(`accountType.${c.type}`)}</span><span aria-hidden="true">·</span
          ><span>${c.city}</span>
        </p>
      </div>
      ${demoButtons(ctx, ['action.follow', 'action.logCall', 'action.newCase'])}
    </div>
    ${highlights([
      [ctx.t('field.accountNumber'), html`<span class="mono">${c.account}</span>`],
      [ctx.t('field.phone'), html`<a href="${telHref(c.phone)}">${c.phone}</a>`],
      [ctx.t('field.email'), html`<a href="mailto:${c.email}">${c.email}</a>`],
      [ctx.t('field.customerSince'), ctx.fmtDate(c.since)],
      [ctx.t('field.openCases'), String(open.length)],
    ])}
  </section>`;

  const details = html`<dl class="field-grid">
    <div class="field">
      <dt>${ctx.t('field.accountNumber')}</dt>
      <dd class="mono">${c.account}</dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.fullName')}</dt>
      <dd>${c.name}</dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.accountType')}</dt>
      <dd>${ctx.t(`accountType.${c.type}`)}</dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.status')}</dt>
      <dd>${accountStatusBadge(ctx, c.status)}</dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.customerSince')}</dt>
      <dd><time datetime="${c.since}">${ctx.fmtDate(c.since)}</time></dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.accountManager')}</dt>
      <dd>
        <span class="name-cell"
          >${avatar(c.manager, c.manager, 'avatar avatar-xs')}${c.manager}</span
        >
      </dd>
    </div>
    <div class="field field-wide">
      <dt>${ctx.t('field.address')}</dt>
      <dd>
        <address>${c.address.map((line, i) => html`${i ? html`<br />` : ''}${line}`)}</address>
      </dd>
    </div>
    <div class="field">
      <dt>${ctx.t('field.preferredLanguage')}</dt>
      <dd>${languageName}</dd>
    </div>
  </dl>`;

  const contactInfo = html`<div class="form-grid">
    <div class="form-field">
      <label for="customer-email">${ctx.t('field.email')}</label>
      <input id="customer-email" type="email" value="${c.email}" readonly />
    </div>
    <div class="form-field">
      <label for="customer-phone">${ctx.t('field.phone')}</label>
      <input id="customer-phone" type="tel" value="${c.phone}" readonly />
    </div>
    <div class="form-field">
      <label for="customer-channel">${ctx.t('field.preferredChannel')}</label>
      <input
        id="customer-channel"
        type="text"
        value="${ctx.t(`channel.${c.preferredChannel}`)}"
        disabled
      />
    </div>
  </div>`;

  const workspace = html`<form class="form-grid" data-form="customer-notes">
    <div class="form-field">
      <label for="phone-verified">${ctx.t('field.phoneVerified')}</label>
      <input
        id="phone-verified"
        name="phoneVerified"
        type="tel"
        autocomplete="off"
        placeholder="${ctx.t('placeholder.phoneVerified')}"
        value="${edits.phoneVerified}"
      />
    </div>
    <div class="form-field field-wide">
      <label for="customer-notes">${ctx.t('field.notes')}</label>
      <textarea
        id="customer-notes"
        name="notes"
        rows="3"
        placeholder="${ctx.t('placeholder.notes')}"
      >
${edits.notes}</textarea>
    </div>
    <div class="form-actions field-wide">
      <button type="submit" class="btn btn-brand">${ctx.t('action.save')}</button>
      <span class="form-status" role="status" aria-live="polite"></span>
    </div>
  </form>`;

  const contacts = c.contacts.length
    ? html`<ul class="contact-list">
        ${c.contacts.map(
          (p) =>
            html`<li class="contact">
              ${avatar(p.name, p.name, 'avatar avatar-sm')}
              <div>
                <p class="contact-name">${p.name}</p>
                <p class="contact-meta">${ctx.t(`relationship.${p.relationship}`)}</p>
                ${p.phone ? html`<p class="contact-meta"><a href="${telHref(p.phone)}">${p.phone}</a></p>` : ''}
                ${p.email ? html`<p class="contact-meta"><a href="mailto:${p.email}">${p.email}</a></p>` : ''}
              </div>
            </li>`,
        )}
      </ul>`
    : html`<p class="muted">${ctx.t('msg.noContacts')}</p>`;

  const events = [
    ...cases.flatMap((k) => caseEvents(ctx, k)),
    ...c.activity.map((e) => entryEvent(ctx, e)),
  ];

  const body = html`${breadcrumb(ctx, [
      [ctx.t('title.customers'), '/customers'],
      [c.name, `/customers/${c.id}`],
    ])}
    ${header}
    <div class="layout-record">
      <div class="stack">
        ${section('details-title', ctx.t('section.details'), details)}
        ${section('contact-title', ctx.t('section.contactInfo'), contactInfo)}
        ${section(
          'open-cases-title',
          html`${ctx.t('section.openCases')} <span class="count">${open.length}</span>`,
          casesTable(ctx, open, { withCustomer: false }),
          { cls: 'card-flush' },
        )}
        ${section('workspace-title', ctx.t('section.agentNotes'), workspace)}
      </div>
      <div class="stack">
        ${section('activity-title', ctx.t('section.activity'), feed(ctx, events))}
        ${section('contacts-title', ctx.t('section.relatedContacts'), contacts)}
      </div>
    </div>`;
  return { section: 'customers', title: [c.name, ctx.t('title.customer')], body };
}

export function casePage(ctx, id) {
  const k = getCase(id);
  if (!k) return notFoundPage(ctx, 'cases', true);
  const c = getCustomer(k.customerId);
  const previous = casesOf(c.id).filter((o) => o.created < k.created);
  const comments = ctx.edits.comments(k.id);

  const header = html`<section
    class="card record-header"
    data-testid="record-header"
    aria-labelledby="record-title"
  >
    <div class="record-top">
      <span class="record-icon" aria-hidden="true">${icon('case', 'icon')}</span>
      <div class="record-titles">
        <p class="record-eyebrow">${ctx.t('title.case')}</p>
        <h1 id="record-title">${k.id}</h1>
        <p class="record-sub"><span class="record-subject">${k.subject}</span></p>
      </div>
      ${demoButtons(ctx, ['action.follow', 'action.edit', 'action.logCall'])}
    </div>
    ${highlights([
      [ctx.t('field.status'), statusBadge(ctx, k.status)],
      [ctx.t('field.priority'), priorityBadge(ctx, k.priority)],
      [ctx.t('field.category'), ctx.t(`category.${k.category}`)],
      [ctx.t('field.channel'), channelLabel(ctx, k.channel)],
      [ctx.t('field.created'), ctx.fmtDateTime(k.created)],
      [ctx.t('field.owner'), k.owner],
    ])}
  </section>`;

  const details = html`<dl class="field-grid">
      <div class="field">
        <dt>${ctx.t('field.caseNumber')}</dt>
        <dd class="mono">${k.id}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.status')}</dt>
        <dd>${statusBadge(ctx, k.status)}</dd>
      </div>
      <div class="field field-wide">
        <dt>${ctx.t('field.subject')}</dt>
        <dd>${k.subject}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.category')}</dt>
        <dd>${ctx.t(`category.${k.category}`)}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.channel')}</dt>
        <dd>${channelLabel(ctx, k.channel)}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.priority')}</dt>
        <dd>${priorityBadge(ctx, k.priority)}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.queue')}</dt>
        <dd>${k.queue}</dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.created')}</dt>
        <dd><time datetime="${k.created}">${ctx.fmtDateTime(k.created)}</time></dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.updated')}</dt>
        <dd><time datetime="${k.updated}">${ctx.fmtDateTime(k.updated)}</time></dd>
      </div>
      <div class="field">
        <dt>${ctx.t('field.owner')}</dt>
        <dd>${k.owner}</dd>
      </div>
    </dl>
    <h3 class="sub-heading">${ctx.t('field.description')}</h3>
    <p class="description">${linkCaseIds(ctx, k.description)}</p>`;

  const customerCard = html`<table class="kv-table">
      <caption class="visually-hidden">
        ${ctx.t('section.customer')}
      </caption>
      <tbody>
        <tr>
          <th scope="row">${ctx.t('field.name')}</th>
          <td>${customerLink(ctx, c)}</td>
        </tr>
        <tr>
          <th scope="row">${ctx.t('field.accountNumber')}</th>
          <td class="mono">${c.account}</td>
        </tr>
        <tr>
          <th scope="row">${ctx.t('field.email')}</th>
          <td><a href="mailto:${c.email}">${c.email}</a></td>
        </tr>
        <tr>
          <th scope="row">${ctx.t('field.phone')}</th>
          <td><a href="${telHref(c.phone)}">${c.phone}</a></td>
        </tr>
        <tr>
          <th scope="row">${ctx.t('field.accountType')}</th>
          <td>${ctx.t(`accountType.${c.type}`)}</td>
        </tr>
      </tbody>
    </table>
    <a class="btn btn-block" href="${ctx.link(`/customers/${c.id}`)}"
      >${ctx.t('action.openRecord')}</a
    >`;

  const previousList = previous.length
    ? html`<ul class="mini-list">
        ${previous.map(
          (o) =>
            html`<li>
              <div class="mini-top">${caseLink(ctx, o)} ${statusBadge(ctx, o.status)}</div>
              <p class="mini-subject">${o.subject}</p>
              <p class="contact-meta">
                ${ctx.t(`category.${o.category}`)} · ${ctx.t(`channel.${o.channel}`)} ·
                <time datetime="${o.created}">${ctx.fmtDate(o.created)}</time>
              </p>
            </li>`,
        )}
      </ul>`
    : html`<p class="muted">${ctx.t('msg.noPrevious')}</p>`;

  const events = [
    ...caseEvents(ctx, k),
    ...k.activity.map((e) => entryEvent(ctx, e)),
    ...previous.flatMap((o) => caseEvents(ctx, o)),
    ...comments.map((cm) => ({
      at: cm.at,
      kind: 'comment',
      by: cm.by,
      title: ctx.t('act.comment'),
      text: cm.text,
    })),
  ];

  const composer = html`<form class="composer" data-form="case-comment">
    <label for="case-comment">${ctx.t('section.comment')}</label>
    <textarea
      id="case-comment"
      name="comment"
      rows="2"
      placeholder="${ctx.t('placeholder.comment')}"
    ></textarea>
    <div class="form-actions">
      <button type="submit" class="btn btn-brand">${ctx.t('action.post')}</button>
      <span class="form-status" role="status" aria-live="polite"></span>
    </div>
  </form>`;

  const body = html`${breadcrumb(ctx, [
      [ctx.t('title.cases'), '/cases'],
      [k.id, `/cases/${k.id}`],
    ])}
    ${header}
    <div class="layout-record layout-case">
      <div class="stack">
        ${section('case-details-title', ctx.t('section.caseDetails'), details)}
        ${section('activity-title', ctx.t('section.activity'), html`${composer}${feed(ctx, events)}`)}
      </div>
      <div class="stack">
        ${section('customer-title', ctx.t('section.customer'), customerCard, { tag: 'aside' })}
        ${section('previous-title', ctx.t('section.previousCases'), previousList)}
      </div>
    </div>`;
  return { section: 'cases', title: [k.id, ctx.t('title.case')], body };
}

export function searchPage(ctx, query) {
  const q = (query ?? '').trim();
  const results = q ? searchData(q) : null;
  const form = html`<form
    class="search-form"
    role="search"
    action="/search"
    method="get"
    data-form="search"
  >
    <label for="search-input" class="visually-hidden">${ctx.t('search.label')}</label>
    <div class="search-box">
      <svg class="icon search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z"
        />
      </svg>
      <input
        id="search-input"
        name="q"
        type="search"
        autocomplete="off"
        value="${q}"
        placeholder="${ctx.t('search.placeholder')}"
        data-testid="search-input"
      />
    </div>
    <button type="submit" class="btn btn-brand" data-testid="search-submit">
      ${ctx.t('search.submit')}
    </button>
  </form>`;

  let resultsHtml;
  if (!results) {
    resultsHtml = html`<p class="muted search-hint">${ctx.t('search.hint')}</p>`;
  } else if (!results.customers.length && !results.cases.length) {
    resultsHtml = html`<div class="card empty-state">
      <p>${ctx.t('search.noResults', { q })}</p>
    </div>`;
  } else {
    resultsHtml = html`<h2 class="results-heading">${ctx.t('search.resultsFor', { q })}</h2>
      ${
        results.customers.length
          ? section(
              'search-customers',
              ctx.t('search.customers', { n: results.customers.length }),
              customersTable(ctx, results.customers),
              { cls: 'card-flush' },
            )
          : ''
      }
      ${
        results.cases.length
          ? section(
              'search-cases',
              ctx.t('search.cases', { n: results.cases.length }),
              casesTable(ctx, results.cases, {
                skipCustomerIds: results.customers.map((c) => c.id),
              }),
              { cls: 'card-flush' },
            )
          : ''
      }`;
  }
  const body = html`${pageHeader(ctx.t('search.heading'), '')}
    <div class="card search-card">${form}</div>
    <div class="stack">${resultsHtml}</div>`;
  return { section: 'search', title: [ctx.t('title.search')], body };
}

export function notFoundPage(ctx, sectionName = '', record = false) {
  const body = html`<div class="card empty-state">
    <h1>${ctx.t(record ? 'notFound.record' : 'notFound.page')}</h1>
    <p>${ctx.t('notFound.text')}</p>
    <a class="btn btn-brand" href="${ctx.link('/')}">${ctx.t('action.backHome')}</a>
  </div>`;
  return { section: sectionName, title: [ctx.t('title.notFound')], body };
}
