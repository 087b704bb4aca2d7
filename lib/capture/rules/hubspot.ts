import type { CaptureRule } from '../types';

/** HubSpot: object 0-1 is a contact (its record id identifies the customer), 0-5 a ticket. */
export const hubspot: CaptureRule[] = [
  { key: 'accountNumber', urlPattern: '/contacts/\\d+/record/0-1/(\\d+)' },
  { key: 'caseId', urlPattern: '/contacts/\\d+/record/0-5/(\\d+)' },
];
