import { browser } from 'wxt/browser';
import type { MessageData, MessageName, MessageResults, Reply } from './protocol';

// Only types come from the protocol here: the content script imports this file, and the zod
// schemas would triple its size. Receivers validate.

/** Thrown on the caller's side when the receiver rejected or failed the message. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends a typed message to the background and returns its result; the receiver's error is
 * rethrown here so nothing fails silently.
 */
export async function sendMessage<N extends MessageName>(
  type: N,
  data: MessageData<N>,
): Promise<MessageResults[N]> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as
    Reply<MessageResults[N]> | undefined;
  if (!reply) throw new MessageError(`No receiver answered ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.result;
}

/** Sends a typed message to the content script of one tab, or of one frame in it (background → tab). */
export async function sendTabMessage<N extends MessageName>(
  tabId: number,
  type: N,
  data: MessageData<N>,
  frameId?: number,
): Promise<MessageResults[N]> {
  const message = { type, data };
  const reply = (await (frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId }))) as
    Reply<MessageResults[N]> | undefined;
  if (!reply) throw new MessageError(`The tab did not answer ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.result;
}
