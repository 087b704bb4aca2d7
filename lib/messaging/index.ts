import { browser, type Browser } from 'wxt/browser';
import {
  protocol,
  type MessageData,
  type MessageName,
  type MessageResults,
  type Reply,
} from './protocol';

export * from './protocol';
export * from './send';

export type Handlers = {
  [N in MessageName]: (
    data: MessageData<N>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<MessageResults[N]> | MessageResults[N];
};

/**
 * Validates an incoming message against the protocol and runs its handler. Unknown names and
 * invalid payloads become errors in the reply, never exceptions in the receiver.
 */
export async function dispatchMessage(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<unknown> | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) {
    return { ok: false, error: 'Malformed message' };
  }
  const { type, data } = message as { type: unknown; data: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
    return { ok: false, error: `Unknown message: ${String(type).slice(0, 40)}` };
  }
  const name = type as MessageName;
  const handler = handlers[name] as
    ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
  // Another context (e.g. an extension page) may own this message; let it answer.
  if (!handler) return undefined;
  const parsed = protocol[name].data.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      error: `Invalid ${name}: ${parsed.error.issues[0]?.message ?? 'bad data'}`,
    };
  }
  try {
    return { ok: true, result: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Registers the handlers on runtime.onMessage; returns a function that removes them.
 * Uses `sendResponse` + `return true` because promise-returning listeners are not supported by
 * every browser we ship to; messages this context has no handler for are left to others.
 */
export function onMessages(handlers: Partial<Handlers>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (
      typeof type === 'string' &&
      Object.hasOwn(protocol, type) &&
      !handlers[type as MessageName]
    ) {
      return undefined;
    }
    void dispatchMessage(handlers, message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
