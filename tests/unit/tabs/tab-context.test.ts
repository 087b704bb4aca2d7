import { describe, expect, it } from 'vitest';
import {
  captureSubmissionSchema,
  enabledSitePatterns,
  originPattern,
} from '@/lib/tabs/tab-context';

describe('originPattern', () => {
  it('maps web URLs to an origin match pattern and refuses the rest', () => {
    expect(originPattern('https://acme.my.salesforce.com/lightning/r/Case/1/view')).toBe(
      'https://acme.my.salesforce.com/*',
    );
    expect(originPattern('http://127.0.0.1:4300/customers')).toBe('http://127.0.0.1:4300/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('captureSubmissionSchema', () => {
  it('bounds what a page can push into the background', () => {
    const ok = { url: 'https://crm.example/r/1', title: 't', kind: 'record', fields: [] };
    expect(captureSubmissionSchema.safeParse(ok).success).toBe(true);
    expect(captureSubmissionSchema.safeParse({ ...ok, kind: 'evil' }).success).toBe(false);
    expect(
      captureSubmissionSchema.safeParse({
        ...ok,
        fields: [{ key: 'email', value: 'x'.repeat(501), confidence: 1, source: 'label' }],
      }).success,
    ).toBe(false);
  });
});

describe('enabledSitePatterns', () => {
  it('lists origins the agent enabled, not the built-in loopback ones or wildcards', () => {
    expect(
      enabledSitePatterns([
        'http://127.0.0.1/*',
        'http://localhost/*',
        'https://acme.my.salesforce.com/*',
        'https://*/*',
      ]),
    ).toEqual(['https://acme.my.salesforce.com/*']);
  });
});
