import type { BrowserContext } from '@playwright/test';
import { bundle } from '../support/bundle';
import { bigCrmPage } from './crm-page';
import { percentile, type Figure } from './report';

/**
 * Extraction time on a 10,000-element CRM page in Chromium, absolute and as a ratio to one bare
 * TreeWalker pass over the same DOM in the same page (the floor any extractor pays).
 */
export async function measureExtraction(context: BrowserContext, runs = 30): Promise<Figure[]> {
  const page = await context.newPage();
  await page.setContent(bigCrmPage(10_000));
  await page.addScriptTag({ content: await bundle('lib/capture/index.ts', 'EffortlessCapture') });
  const result = await page.evaluate((n) => {
    const capture = (window as unknown as { EffortlessCapture: typeof import('../../lib/capture') })
      .EffortlessCapture;
    const walk = () => {
      const walker = document.createTreeWalker(
        document.body,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      );
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    };
    const time = (fn: () => unknown) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    for (let i = 0; i < 5; i++) {
      walk();
      capture.capturePage(document, { url: location.href });
    }
    const extract: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < n; i++) {
      bare.push(time(walk));
      extract.push(time(() => capture.capturePage(document, { url: location.href })));
    }
    const fields = capture.capturePage(document, { url: location.href }).fields.length;
    return { extract, bare, elements: document.getElementsByTagName('*').length, fields };
  }, runs);
  await page.close();
  const median = percentile(result.extract, 50);
  const ratio = median / percentile(result.bare, 50);
  return [
    {
      name: `extraction, ${result.elements} elements (median)`,
      value: median,
      unit: 'ms',
      target: 10,
      better: 'lower',
      note: `${result.fields} fields found`,
    },
    {
      name: 'extraction / bare TreeWalker pass',
      value: ratio,
      unit: 'x',
      target: 5,
      better: 'lower',
      note: 'same DOM, same run',
    },
  ];
}
