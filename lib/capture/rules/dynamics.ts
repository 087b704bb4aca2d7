import type { CaptureRule } from '../types';

/** Dynamics 365 Customer Service: `data-id` attributes follow the field's logical name. */
export const dynamics: CaptureRule[] = [
  { key: 'caseId', urlPattern: 'etn=incident&id=(?:%7[Bb]|\\{)?([0-9a-fA-F-]{36})' },
  { key: 'caseId', selector: 'input[data-id="ticketnumber.fieldControl-text-box-text"]' },
  { key: 'accountNumber', selector: 'input[data-id="accountnumber.fieldControl-text-box-text"]' },
  { key: 'email', selector: 'input[data-id="emailaddress1.fieldControl-mail-text-input"]' },
  { key: 'phone', selector: 'input[data-id="telephone1.fieldControl-phone-text-input"]' },
  { key: 'phone', selector: 'input[data-id="mobilephone.fieldControl-phone-text-input"]' },
];
