import type { BrowserContext } from '@playwright/test';
import type { Figure } from './report';

/**
 * The scripted typical call: the record opens (a view), T logs the transfer and makes it a call,
 * W wraps up, R resolved, 6 the CES answer, Enter finishes — the keys the agent presses.
 */
export const TYPICAL_CALL_KEYS = ['t', 'w', 'r', '6', 'Enter'] as const;

/**
 * Runs the typical call in the real extension and counts the keystrokes the agent made (in the
 * panel and the CRM) and the customer identifiers they had to type (none: the card has them).
 */
export async function measureTypicalCall(
  context: BrowserContext,
  extensionId: string,
  crmUrl: string,
): Promise<Figure[]> {
  const crm = await context.newPage();
  await crm.goto(`${crmUrl}cases/CS-10490`);
  const sw = context.serviceWorkers()[0]!;
  const tabId = await sw.evaluate(
    async () =>
      (await chrome.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) =>
        t.url?.includes('CS-10490'),
      )?.id,
  );
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('pending-call').waitFor();
  const identifiers = await panel.locator('[data-testid^="field-"]').allTextContents();
  const count = () => {
    const w = window as unknown as { keys: number; typed: string[] };
    w.keys = 0;
    w.typed = [];
    window.addEventListener('keydown', () => w.keys++, { capture: true });
    window.addEventListener(
      'input',
      (e) => w.typed.push((e.target as HTMLInputElement).value ?? ''),
      { capture: true },
    );
  };
  await Promise.all([crm.evaluate(count), panel.evaluate(count)]);
  for (const key of TYPICAL_CALL_KEYS) await panel.keyboard.press(key);
  await panel.getByTestId('pending-call').getByText('just wrapped up').waitFor();
  const read = () => {
    const w = window as unknown as { keys: number; typed: string[] };
    return { keys: w.keys, typed: w.typed };
  };
  const [a, b] = [await crm.evaluate(read), await panel.evaluate(read)];
  const typed = [...a.typed, ...b.typed].filter((v) =>
    identifiers.some((id) => v.includes(id)),
  ).length;
  await Promise.all([crm.close(), panel.close()]);
  return [
    {
      name: 'keystrokes for the typical call',
      value: a.keys + b.keys,
      unit: 'keys',
      target: 8,
      better: 'lower',
      note: TYPICAL_CALL_KEYS.join(' '),
    },
    { name: 'identifiers typed by the agent', value: typed, unit: '', target: 0, better: 'lower' },
  ];
}
