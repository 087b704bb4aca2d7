import type { CaptureRule } from '../types';
import { dynamics } from './dynamics';
import { freshdesk } from './freshdesk';
import { hubspot } from './hubspot';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { zendesk } from './zendesk';

/** A CRM's rules and the hosts (`*` = any run of host characters) they apply to. */
export interface RulePack {
  id: string;
  hosts: string[];
  rules: CaptureRule[];
}

/** Built-in packs, applied when `options.url` matches one of their hosts. */
export const RULE_PACKS: RulePack[] = [
  { id: 'salesforce', hosts: ['*.lightning.force.com', '*.my.salesforce.com'], rules: salesforce },
  { id: 'zendesk', hosts: ['*.zendesk.com'], rules: zendesk },
  { id: 'dynamics', hosts: ['*.crm*.dynamics.com'], rules: dynamics },
  { id: 'hubspot', hosts: ['app.hubspot.com', 'app-*.hubspot.com'], rules: hubspot },
  { id: 'freshdesk', hosts: ['*.freshdesk.com'], rules: freshdesk },
  { id: 'servicenow', hosts: ['*.service-now.com'], rules: servicenow },
];

const hostRe = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`, 'i');

/**
 * The packs whose host pattern matches the page URL.
 * @example packsFor('https://acme.zendesk.com/agent/tickets/4521') // [zendesk pack]
 */
export function packsFor(url: string | undefined): RulePack[] {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    return [];
  }
  return RULE_PACKS.filter((p) => p.hosts.some((h) => hostRe(h).test(host)));
}
