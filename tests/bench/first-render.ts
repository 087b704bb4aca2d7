import type { BrowserContext } from '@playwright/test';
import { percentile, type Figure } from './report';

/**
 * Side panel time to first render: from navigation start to the React commit mark, over fresh
 * loads of the panel page. The baseline is the same page's own DOMContentLoaded: the part no
 * React code can shave off.
 */
export async function measureFirstRender(
  context: BrowserContext,
  extensionId: string,
  runs = 30,
): Promise<Figure[]> {
  const render: number[] = [];
  const dcl: number[] = [];
  const page = await context.newPage();
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const [mark, ready] = await page.evaluate(async () => {
      for (
        let n = 0;
        n < 200 && !performance.getEntriesByName('effortless:first-render').length;
        n++
      ) {
        await new Promise((r) => setTimeout(r, 5));
      }
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return [
        performance.getEntriesByName('effortless:first-render')[0]?.startTime ?? NaN,
        nav.domContentLoadedEventEnd,
      ];
    });
    if (i >= 2) {
      // The first loads warm the disk cache, as a real panel that has been opened before.
      render.push(mark);
      dcl.push(ready);
    }
  }
  await page.close();
  const p50 = percentile(render, 50);
  return [
    { name: 'side panel first render p50', value: p50, unit: 'ms', target: 300, better: 'lower' },
    {
      name: 'side panel first render p95',
      value: percentile(render, 95),
      unit: 'ms',
      target: 300,
      better: 'lower',
    },
    {
      name: 'first render / DOMContentLoaded',
      value: p50 / percentile(dcl, 50),
      unit: 'x',
      note: 'same page, same run',
    },
  ];
}
