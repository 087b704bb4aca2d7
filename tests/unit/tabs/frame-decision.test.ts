import { describe, expect, it } from 'vitest';
import { frameDecision } from '@/lib/tabs/frame-decision';
import type { CaptureSubmission, TabContext } from '@/lib/tabs/tab-context';

const TOP = 'https://crm.example.com/nav_to.do';
const record = (url: string): CaptureSubmission => ({
  url,
  title: 'Record',
  kind: 'record',
  fields: [{ key: 'accountNumber', value: 'ACC-004211', confidence: 0.9, source: 'label' }],
});
const nothing = (url: string): CaptureSubmission => ({
  url,
  title: 'Shell',
  kind: 'empty',
  fields: [],
});
const shown = (capture: CaptureSubmission, frameId?: number): TabContext => ({
  ...capture,
  tabId: 1,
  capturedAt: 0,
  ...(frameId !== undefined && { frameId, topUrl: TOP }),
});

/** Which capture a tab shows when its page and the frames in it all report (see the e2e test). */
describe('frameDecision', () => {
  it.each([
    ['a frame’s record on an empty page', shown(nothing(TOP)), record('/frame'), 7, 'store'],
    [
      'a frame’s record on a page with its own record',
      shown(record(TOP)),
      record('/frame'),
      7,
      'keep',
    ],
    ['a frame with no record, not the one shown', shown(record('/f'), 7), nothing('/x'), 8, 'keep'],
    ['the shown frame losing its record', shown(record('/f'), 7), nothing('/f'), 7, 'withdraw'],
    [
      'the empty page re-captured under a frame’s record',
      shown(record('/f'), 7),
      nothing(TOP),
      0,
      'keep',
    ],
    ['the page navigated elsewhere', shown(record('/f'), 7), nothing(`${TOP}?new`), 0, 'store'],
    ['the page showing its own record', shown(record('/f'), 7), record(TOP), 0, 'store'],
    ['a first frame capture in a fresh tab', null, record('/frame'), 3, 'store'],
    ['a first page capture', null, nothing(TOP), 0, 'store'],
  ] as const)('%s → %s', (_, previous, capture, frameId, want) => {
    expect(frameDecision(previous, capture, { frameId, topUrl: TOP })).toBe(want);
  });
});
