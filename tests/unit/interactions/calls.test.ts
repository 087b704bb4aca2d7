import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDb, eventsOfInteraction } from '@/lib/db';
import {
  COOL_DOWN_MS,
  DWELL_MS,
  STALE_CALL_MS,
  callState,
  customerKey,
  endInteraction,
  endStaleCalls,
  lastAgentSignal,
  logAgentSignal,
  logSignal,
  onViewChange,
  resumeCall,
  startCall,
  undoLastAgentSignal,
  type CallSettings,
  type TabView,
} from '@/lib/interactions';

// happy-dom has no Web Locks; the undo takes the sync lock. A one-at-a-time queue stands in.
beforeAll(() => {
  if (navigator.locks) return;
  let queue = Promise.resolve<unknown>(undefined);
  Object.defineProperty(navigator, 'locks', {
    configurable: true,
    value: {
      request: (_name: string, task: () => Promise<unknown>) => (queue = queue.then(task, task)),
    },
  });
});

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`calls-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.UTC(2026, 10, 20, 9);
const DAY = 86_400_000;
const settings: CallSettings = { channel: 'phone', windowDays: 7, retentionDays: 30 };

async function view(account: string, since: number, tabId = 1): Promise<TabView> {
  const fields = [
    { key: 'accountNumber', value: account, source: 'label' },
    { key: 'customerName', value: `Name ${account}`, source: 'label' },
  ];
  return { tabId, customerKey: (await customerKey(db, fields))!, since, fields };
}
const started = async () =>
  (await db.events.toArray()).filter((e) => e.type === 'interaction_started');

describe('a record viewed is not a call (issue 11)', () => {
  it('writes nothing for a view left before the dwell time', async () => {
    const a = await view('ACC-1', T0);
    await onViewChange(db, null, a, settings, T0);
    await onViewChange(db, a, null, settings, T0 + DWELL_MS - 1);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.capturedFields.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a record on screen for the dwell time was a call, started when it opened', async () => {
    const a = await view('ACC-1', T0);
    await onViewChange(db, null, a, settings, T0);
    const b = await view('ACC-2', T0 + DWELL_MS + 5000);
    const { started: call } = await onViewChange(db, a, b, settings, T0 + DWELL_MS + 5000);
    expect(call?.customerKey).toBe(a.customerKey);
    expect(call?.startedAt).toBe(T0);
    expect((await started()).map((e) => e.at)).toEqual([T0]);
    // The call stays with its customer; the CRM now shows B.
    expect((await callState(db, 1, b, T0 + DWELL_MS + 5000)).kind).toBe('other-customer');
  });

  it('browsing one customer in four views makes one call and no repeat contact', async () => {
    let previous: TabView | null = null;
    for (const [i, tabId] of [1, 1, 2, 1].entries()) {
      const at = T0 + i * 40_000;
      const next = await view('ACC-1', previous?.tabId === tabId ? previous.since : at, tabId);
      await onViewChange(db, previous?.tabId === tabId ? previous : null, next, settings, at);
      previous = next;
    }
    expect((await started()).length).toBeLessThanOrEqual(1);
    expect((await db.events.toArray()).some((e) => e.type === 'repeat_contact')).toBe(false);
  });

  it('the same customer on another tab brings the open call along, never a second one', async () => {
    const a1 = await view('ACC-1', T0, 1);
    const { call } = await startCall(db, a1, settings, T0);
    const a2 = await view('ACC-1', T0 + 5000, 2);
    await onViewChange(db, null, a2, settings, T0 + 5000);
    expect(await db.interactions.count()).toBe(1);
    expect((await db.interactions.get(call.id))?.tabId).toBe(2);
    expect((await callState(db, 2, a2, T0 + 5000)).kind).toBe('call');
  });

  it('after a wrap-up the same customer starts nothing by dwelling, only by an action', async () => {
    const a = await view('ACC-1', T0);
    const { call } = await startCall(db, a, settings, T0);
    await endInteraction(db, call.id, 'resolved', T0 + 60_000);
    const again = await view('ACC-1', T0 + 61_000);
    const state = await callState(db, 1, again, T0 + 61_000);
    expect(state).toMatchObject({ kind: 'pending', startsAt: null });
    await onViewChange(db, again, null, settings, T0 + 61_000 + 10 * DWELL_MS);
    expect(await db.interactions.count()).toBe(1);
    const later = await view('ACC-1', T0 + 60_000 + COOL_DOWN_MS);
    expect(await callState(db, 1, later, T0 + 60_000 + COOL_DOWN_MS)).toMatchObject({
      kind: 'pending',
      startsAt: later.since + DWELL_MS,
    });
  });

  it('repeat contacts count calls: views of the customer in between do not', async () => {
    const first = await startCall(db, await view('ACC-1', T0), settings, T0);
    await endInteraction(db, first.call.id, 'resolved', T0 + 60_000);
    // Viewed twice the next day without a call…
    for (const at of [T0 + DAY, T0 + DAY + 10 * 60_000]) {
      const v = await view('ACC-1', at);
      await onViewChange(db, null, v, settings, at);
      await onViewChange(db, v, null, settings, at + 10_000);
    }
    // …then the customer really calls: the 2nd contact, not the 4th.
    const { call } = await startCall(db, await view('ACC-1', T0 + 2 * DAY), settings, T0 + 2 * DAY);
    expect(call.repeat?.count).toBe(2);
  });

  it('keys act on the tab’s open call even when the CRM shows someone else', async () => {
    const { call } = await startCall(db, await view('ACC-1', T0), settings, T0);
    const b = await view('ACC-2', T0 + 1000);
    const state = await callState(db, 1, b, T0 + 1000);
    expect(state).toMatchObject({ kind: 'other-customer', call: { id: call.id } });
    expect((await startCall(db, b, settings, T0 + 1000)).call.id).toBe(call.id);
    expect(await db.interactions.count()).toBe(1);
  });
});

describe('calls nobody wrapped up', () => {
  it('end as abandoned at their last activity, and only once stale', async () => {
    const { call } = await startCall(db, await view('ACC-1', T0), settings, T0);
    await logSignal(db, call, 'transfer', { now: T0 + 30_000 });
    expect(await endStaleCalls(db, T0 + 30_000 + STALE_CALL_MS - 1)).toBe(0);
    expect(await endStaleCalls(db, T0 + 30_000 + STALE_CALL_MS)).toBe(1);
    const ended = await db.interactions.get(call.id);
    expect(ended).toMatchObject({ outcome: 'abandoned', endedAt: T0 + 30_000 });
    const end = (await eventsOfInteraction(db, call.id)).find(
      (e) => e.type === 'interaction_ended',
    );
    expect(end?.attributes).toMatchObject({ outcome: 'abandoned', durationMs: 30_000 });
  });

  it('can be resumed on a tab that has no call of its own', async () => {
    const { call } = await startCall(db, await view('ACC-1', T0, 1), settings, T0);
    await startCall(db, await view('ACC-2', T0, 3), settings, T0);
    expect(await resumeCall(db, call.id, 3)).toBe(false);
    expect(await resumeCall(db, call.id, 2)).toBe(true);
    expect((await db.interactions.get(call.id))?.tabId).toBe(2);
  });
});

describe('undo (issue 15, drift 2: Z and Alt+Shift+Z undo the same thing)', () => {
  it('takes back the agent’s own latest signal, never an automatic one', async () => {
    const first = await startCall(db, await view('ACC-1', T0), settings, T0);
    await endInteraction(db, first.call.id, 'resolved', T0 + 1000);
    const { call } = await startCall(db, await view('ACC-1', T0 + DAY), settings, T0 + DAY);
    await logAgentSignal(db, call, 'transfer');
    await logSignal(db, call, 'channel_switch', {
      automatic: true,
      attributes: { from: 'phone', to: 'chat' },
    });
    const events = await eventsOfInteraction(db, call.id);
    expect(lastAgentSignal(events)?.type).toBe('transfer');
    expect(await undoLastAgentSignal(db, call)).toBe('transfer');
    const left = (await eventsOfInteraction(db, call.id)).map((e) => e.type);
    expect(left).toContain('repeat_contact');
    expect(left).toContain('channel_switch');
    expect(left).not.toContain('transfer');
    expect(await undoLastAgentSignal(db, call)).toBeNull();
  });
});
