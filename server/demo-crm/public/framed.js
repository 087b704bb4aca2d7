// The "classic" layout: a console shell whose record sits in an iframe, as ServiceNow's classic
// UI (gsft_main) and Salesforce's Visualforce pages draw theirs.
import { getCustomer } from './data.js';
import { html } from './html.js';
import { notFoundPage } from './views.js';

/** `/classic/customers/:id`: the shell, with /customers/:id inside an iframe. */
export function classicPage(ctx, id) {
  const c = getCustomer(id);
  if (!c) return notFoundPage(ctx, 'customers', true);
  const body = html`<div class="card" data-testid="classic-shell">
    <iframe
      src="/customers/${c.id}"
      title="${c.name}"
      data-testid="record-frame"
      style="width: 100%; height: 80vh; border: 0"
    ></iframe>
  </div>`;
  return { section: 'customers', title: ['Console', ctx.t('title.customer')], body };
}
