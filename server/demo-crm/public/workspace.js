// The "workspace" layout: the customer record drawn by web components with open shadow roots, as
// Salesforce LWC (native shadow) and ServiceNow Next Experience draw theirs. Each field fetches
// its own value a moment after it renders, so the value appears inside the shadow root alone:
// nothing changes in the page's light DOM.
import { getCustomer } from './data.js';
import { html } from './html.js';
import { notFoundPage } from './views.js';

const FIELD_STYLE = `
  :host { display: block; }
  .field { display: grid; gap: 2px; padding: 8px 0; border-bottom: 1px solid #e5e7eb; }
  label { font-size: 12px; color: #6b7280; }
  .value { font-size: 15px; min-height: 1.3em; }
  .value:empty::after { content: '…'; color: #9ca3af; }
`;

/** `<crm-field record="c-1001" field="account" label="Account number" delay="150">` */
class CrmField extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${FIELD_STYLE}</style>
      <div class="field"><label id="label"></label>
      <div class="value" role="textbox" aria-readonly="true" aria-labelledby="label"></div></div>`;
    root.querySelector('label').textContent = this.getAttribute('label') ?? '';
    const customer = getCustomer(this.getAttribute('record') ?? '');
    const value = customer?.[this.getAttribute('field') ?? ''] ?? '';
    const show = () => (root.querySelector('.value').textContent = String(value));
    const delay = this.getAttribute('delay') ?? '150';
    // "manual": the values arrive when the page says so (tests), as a slow back end would.
    if (delay === 'manual') window.addEventListener('crm-fields-load', show, { once: true });
    else setTimeout(show, Number(delay));
  }
}

/** `<crm-input label="…">`: a text box inside a shadow root, as a workspace's form fields are. */
class CrmInput extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${FIELD_STYLE} input { font: inherit; padding: 4px 6px; }</style>
      <div class="field"><label for="input"></label><input id="input" type="text"></div>`;
    root.querySelector('label').textContent = this.getAttribute('label') ?? '';
  }
}

/** `<crm-record-card heading="…">`: a card whose own shadow root holds the title and a slot. */
class CrmRecordCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host { display: block; padding: 16px 20px; } h2 { font-size: 18px; margin: 0 0 8px; }</style>
      <section><h2></h2><slot></slot></section>`;
    root.querySelector('h2').textContent = this.getAttribute('heading') ?? '';
  }
}

if (!customElements.get('crm-field')) customElements.define('crm-field', CrmField);
if (!customElements.get('crm-input')) customElements.define('crm-input', CrmInput);
if (!customElements.get('crm-record-card')) customElements.define('crm-record-card', CrmRecordCard);

/**
 * `/workspace/customers/:id`: the same record as /customers/:id, drawn by components.
 * `?fieldDelay=ms` makes the fields take that long to fetch their values (default 150);
 * `?fieldDelay=manual` holds them until a `crm-fields-load` event on window.
 */
export function workspacePage(ctx, id) {
  const c = getCustomer(id);
  if (!c) return notFoundPage(ctx, 'customers', true);
  const delay = new URLSearchParams(window.location.search).get('fieldDelay') ?? '150';
  const field = (name, label) =>
    html`<crm-field
      record="${c.id}"
      field="${name}"
      label="${label}"
      delay="${delay}"
    ></crm-field>`;
  const body = html`<div class="card" data-testid="workspace-record">
    <crm-record-card heading="${c.name}">
      ${field('account', ctx.t('field.accountNumber'))} ${field('email', ctx.t('field.email'))}
      ${field('phone', ctx.t('field.phone'))}
      <crm-input label="${ctx.t('field.phoneVerified')}"></crm-input>
    </crm-record-card>
  </div>`;
  return { section: 'customers', title: [c.name, ctx.t('title.customer')], body };
}
