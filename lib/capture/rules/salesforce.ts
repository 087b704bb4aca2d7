import type { CaptureRule } from '../types';

/** Salesforce Lightning: record URLs and the stable `sfdc:RecordField.*` field wrappers. */
export const salesforce: CaptureRule[] = [
  { key: 'caseId', urlPattern: '/lightning/r/Case/(\\w{15,18})/view' },
  {
    key: 'caseId',
    selector:
      '[data-target-selection-name$="RecordField.Case.CaseNumber"] lightning-formatted-text',
  },
  {
    key: 'accountNumber',
    selector:
      '[data-target-selection-name$="RecordField.Account.AccountNumber"] lightning-formatted-text',
  },
  { key: 'email', selector: '[data-target-selection-name$=".Email"] a[href^="mailto:"]' },
  { key: 'phone', selector: '[data-target-selection-name$=".Phone"] lightning-formatted-phone' },
];
