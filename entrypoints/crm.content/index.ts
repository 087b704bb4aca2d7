import { browser, type Browser } from 'wxt/browser';
import { capturePage } from '@/lib/capture';
import { BUILT_IN_PATTERNS } from '@/lib/capture/built-in-sites';
import { learnSelector } from '@/lib/capture/learn-selector';
import { FIELD_KEYS, type CaptureRule, type FieldKey } from '@/lib/capture/types';
import { sendMessage } from '@/lib/messaging/send';
import { loadUserRules, watchUserRules } from './rules';
import { watchPage } from './watch-page';

const TYPED_FIELDS =
  'input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="email"], input[type="number"], textarea';

const NOT_TEXT = new Set(['style', 'script', 'template', 'link']);

/** The page's rendered text, then that of the web components' shadow roots (innerText skips them). */
function visibleText(roots: ShadowRoot[]): string {
  const parts = [document.body?.innerText ?? ''];
  for (const root of roots) {
    for (const child of root.children) {
      if (!NOT_TEXT.has(child.localName)) parts.push((child as HTMLElement).innerText ?? '');
    }
  }
  return parts.join('\n');
}

declare global {
  // Isolated-world global: the page cannot see or set it.
  var __effortlessCapture: boolean | undefined;
}

export default defineContentScript({
  // The demo CRM; every other CRM origin is registered at runtime once the agent enables it.
  matches: [...BUILT_IN_PATTERNS],
  runAt: 'document_idle',
  // Some consoles draw the record in an iframe (ServiceNow's classic UI, Visualforce pages).
  allFrames: true,
  async main(ctx) {
    // The script can be both declared and injected into the same tab: run once.
    if (globalThis.__effortlessCapture) return;
    globalThis.__effortlessCapture = true;
    ctx.onInvalidated(() => (globalThis.__effortlessCapture = undefined));

    let rules: CaptureRule[] = await loadUserRules(location.origin).catch(() => []);
    let last = '';
    const inFrame = window !== window.top;
    let frameShowedRecord = false;
    // What the agent types into the CRM, to spot information the customer had to repeat. Only
    // trusted events (real keystrokes), never script-dispatched ones from the page.
    const onTyped = (event: Event) => {
      const el = event.target as HTMLInputElement | HTMLTextAreaElement | null;
      if (!event.isTrusted || !el?.matches?.(TYPED_FIELDS)) return;
      const value = el.value.trim();
      if (value.length >= 4 && value.length <= 200) {
        sendMessage('reportEntry', { value }).catch(() => undefined);
      }
    };
    const watchRoot = watchPage(ctx, () => report());
    // `change` does not leave a shadow root: listen inside every one the capture reads, once.
    const watchedRoots = new WeakSet<ShadowRoot>();
    const onShadowRoot = (root: ShadowRoot) => {
      if (watchedRoots.has(root)) return;
      watchedRoots.add(root);
      watchRoot(root);
      ctx.addEventListener(root, 'change', onTyped, { capture: true });
    };
    const report = (force = false) => {
      if (ctx.isInvalid) return;
      const base = { url: location.href, title: document.title.slice(0, 300) };
      let payload;
      try {
        const roots: ShadowRoot[] = [];
        const page = capturePage(document, {
          url: location.href,
          rules,
          onShadowRoot: (root) => {
            roots.push(root);
            onShadowRoot(root);
          },
        });
        // Only records: a list's text says nothing about this call.
        const pageText = page.kind === 'record' ? visibleText(roots).slice(0, 5000) : undefined;
        payload = { ...base, ...page, pageText };
      } catch (error) {
        // A capture that breaks becomes a visible state in the panel, never a silent one.
        const message = error instanceof Error ? error.message : 'unknown error';
        payload = { ...base, kind: 'empty' as const, fields: [], error: message.slice(0, 300) };
      }
      // A frame speaks only about a record, and once more when it stops showing one: ads,
      // widgets and empty frames must not replace what the page itself shows.
      const record = payload.kind === 'record' && payload.fields.length > 0;
      if (inFrame && !record && !frameShowedRecord) return;
      frameShowedRecord = inFrame && record;
      const serialised = JSON.stringify(payload);
      if (!force && serialised === last) return;
      last = serialised;
      sendMessage('submitCapture', payload).catch(() => {
        // The background refused or is restarting; the next change or request retries.
        last = '';
      });
    };

    report();
    ctx.onInvalidated(
      watchUserRules(async () => {
        rules = await loadUserRules(location.origin).catch(() => rules);
        report();
      }),
    );

    ctx.addEventListener(document, 'change', onTyped, { capture: true });

    // Only our own background talks to this script (the page cannot reach runtime messaging);
    // payloads are still checked before use.
    const onMessage = (
      message: {
        type?: unknown;
        data?: { key?: unknown; value?: unknown; framesOnly?: unknown };
      } | null,
      sender: Browser.runtime.MessageSender,
      sendResponse: (reply: unknown) => void,
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (message?.type === 'captureNow') {
        const framesOnly = message.data?.framesOnly === true;
        if (inFrame || !framesOnly) report(true);
        sendResponse({ ok: true, result: { captured: inFrame || !framesOnly } });
      } else if (message?.type === 'locateField') {
        const { key, value } = message.data ?? {};
        if (
          !FIELD_KEYS.includes(key as FieldKey) ||
          typeof value !== 'string' ||
          value.length > 500
        ) {
          sendResponse({ ok: false, error: 'Invalid locateField' });
        } else {
          sendResponse({ ok: true, result: { selector: learnSelector(document, value) } });
        }
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
