import type { CaptureRule } from '../types';

/** ServiceNow: classic forms name inputs `<table>.<field>`; the number is also in list queries. */
export const servicenow: CaptureRule[] = [
  { key: 'caseId', selector: 'input[id$=".number"]' },
  { key: 'customerName', selector: 'input[id^="sys_display."][id$=".caller_id"]' },
  { key: 'caseId', urlPattern: '[?&]sysparm_query=number(?:%3D|=)([A-Z]{2,5}\\d{5,10})' },
  {
    key: 'caseId',
    urlPattern: '(?:incident|sn_customerservice_case)\\.do\\?sys_id=([0-9a-f]{32})',
  },
];
