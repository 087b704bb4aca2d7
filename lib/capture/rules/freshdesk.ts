import type { CaptureRule } from '../types';

/** Freshdesk: the ticket number is the last path segment of the agent URL. */
export const freshdesk: CaptureRule[] = [{ key: 'caseId', urlPattern: '/a/tickets/(\\d+)' }];
