import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, MessageError, onMessages, sendMessage } from '@/lib/messaging';

const tabSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } } as never;
const capture = {
  url: 'http://127.0.0.1:4300/customers/c-1001',
  title: 'Customer',
  kind: 'record' as const,
  fields: [{ key: 'accountNumber', value: 'ACC-004211', confidence: 0.9, source: 'label' }],
};

describe('dispatchMessage', () => {
  it('runs the handler with validated data and wraps its result', async () => {
    const submitCapture = vi.fn(() => ({ stored: true }));
    const reply = await dispatchMessage(
      { submitCapture },
      { type: 'submitCapture', data: capture },
      tabSender,
    );
    expect(reply).toEqual({ ok: true, result: { stored: true } });
    expect(submitCapture).toHaveBeenCalledWith(capture, tabSender);
  });

  it('rejects unknown names, malformed envelopes and invalid payloads without calling handlers', async () => {
    const submitCapture = vi.fn();
    const handlers = { submitCapture };
    expect(await dispatchMessage(handlers, 'hello', tabSender)).toEqual({
      ok: false,
      error: 'Malformed message',
    });
    expect(
      await dispatchMessage(handlers, { type: 'deleteEverything', data: {} }, tabSender),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown message'),
    });
    const tooMany = { ...capture, fields: Array.from({ length: 41 }, () => capture.fields[0]) };
    expect(
      await dispatchMessage(handlers, { type: 'submitCapture', data: tooMany }, tabSender),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid submitCapture'),
    });
    expect(
      await dispatchMessage(
        handlers,
        { type: 'submitCapture', data: { ...capture, url: 'javascript' } },
        tabSender,
      ),
    ).toMatchObject({ ok: false });
    expect(submitCapture).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error reply', async () => {
    const reply = await dispatchMessage(
      { requestCapture: () => Promise.reject(new Error('tab is gone')) },
      { type: 'requestCapture', data: { tabId: 3 } },
      tabSender,
    );
    expect(reply).toEqual({ ok: false, error: 'tab is gone' });
  });

  it('leaves messages it has no handler for to other contexts', async () => {
    expect(
      await dispatchMessage({}, { type: 'enableSite', data: { origin: 'x', tabId: 1 } }, tabSender),
    ).toBeUndefined();
  });
});

describe('sendMessage', () => {
  it('returns the result and rethrows the receiver error', async () => {
    const off = onMessages({
      requestCapture: ({ tabId }) => {
        if (tabId === 0) throw new Error('no such tab');
        return { delivered: true };
      },
    });
    await expect(sendMessage('requestCapture', { tabId: 5 })).resolves.toEqual({ delivered: true });
    await expect(sendMessage('requestCapture', { tabId: 0 })).rejects.toThrow(MessageError);
    await expect(sendMessage('requestCapture', { tabId: 0 })).rejects.toThrow('no such tab');
    off();
  });

  it('only accepts names of the protocol at compile time', () => {
    // @ts-expect-error unknown message names do not type-check
    const call = () => sendMessage('deleteEverything', {});
    expect(call).toBeTypeOf('function');
  });
});
