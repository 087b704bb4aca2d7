import type { CaptureRule } from '../types';

/** Zendesk Support agent workspace: the ticket id is in the URL, the requester in the sidebar. */
export const zendesk: CaptureRule[] = [
  { key: 'caseId', urlPattern: '/agent/tickets/(\\d+)' },
  {
    key: 'customerName',
    selector:
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="typography.ellipsis"]',
  },
];
