import { describe, expect, it } from 'vitest';
import { isBuiltInUrl } from '@/lib/capture/built-in-sites';
import { CAPTURE_RULES_KEY, userRulesFor } from '@/lib/capture/user-rules';
import { captureRulesItem, saveRule } from '@/lib/settings/capture-rules';
import { storage } from 'wxt/utils/storage';

const origin = 'https://crm.example.com';

describe("the agent's capture rules, as the content script reads them", () => {
  it('reads what the settings write, for that origin only', async () => {
    await saveRule(origin, { key: 'email', label: 'Mail' });
    await saveRule('https://other.example.com', { key: 'phone', selector: '#tel' });
    expect(await captureRulesItem.getValue()).toEqual(await storage.getItem(CAPTURE_RULES_KEY));
    expect(userRulesFor(await storage.getItem(CAPTURE_RULES_KEY), origin)).toEqual([
      { key: 'email', label: 'Mail', selector: undefined, origin },
    ]);
  });

  it('leaves out what is malformed', () => {
    const stored = {
      [origin]: [
        null,
        { key: 'nope', label: 'x' },
        { key: 'email' },
        { key: 'phone', selector: 'x'.repeat(301) },
        { key: 'caseId', selector: '#case' },
      ],
    };
    expect(userRulesFor(stored, origin)).toEqual([
      { key: 'caseId', selector: '#case', label: undefined, origin },
    ]);
    expect(userRulesFor('garbage', origin)).toEqual([]);
    expect(userRulesFor(undefined, origin)).toEqual([]);
  });
});

describe('built-in sites', () => {
  it.each([
    ['http://127.0.0.1:4300/customers/1', true],
    ['http://localhost/', true],
    ['https://localhost/', false],
    ['http://localhost@evil.example/', false],
    ['https://crm.example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, builtIn) => {
    expect(isBuiltInUrl(url)).toBe(builtIn);
  });
});
