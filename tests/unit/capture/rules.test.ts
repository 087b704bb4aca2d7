import { describe, expect, it } from 'vitest';
import { capturePage, fieldsForSelection, packsFor, RULE_PACKS } from '@/lib/capture';

describe('rule packs', () => {
  it('matches packs by host', () => {
    expect(packsFor('https://acme.lightning.force.com/lightning/r/Case/500AB/view')[0]?.id).toBe(
      'salesforce',
    );
    expect(packsFor('https://x.zendesk.com/agent/tickets/1')[0]?.id).toBe('zendesk');
    expect(packsFor('https://org.crm4.dynamics.com/main.aspx')[0]?.id).toBe('dynamics');
    expect(packsFor('https://app.hubspot.com/contacts/1/record/0-1/2')[0]?.id).toBe('hubspot');
    expect(packsFor('https://co.freshdesk.com/a/tickets/9')[0]?.id).toBe('freshdesk');
    expect(packsFor('https://dev1.service-now.com/incident.do')[0]?.id).toBe('servicenow');
    expect(packsFor('https://zendesk.com.evil.example/agent/tickets/1')).toEqual([]);
    expect(packsFor('not a url')).toEqual([]);
    expect(RULE_PACKS).toHaveLength(6);
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/4521', '4521'],
    ['https://acme.freshdesk.com/a/tickets/8812', '8812'],
    [
      'https://acme.lightning.force.com/lightning/r/Case/5005g00000AbCdEAAV/view',
      '5005g00000AbCdEAAV',
    ],
    [
      'https://o.crm.dynamics.com/main.aspx?etn=incident&id=%7B7c1e2f30-9a4b-4c5d-8e6f-112233445566%7D',
      '7c1e2f30-9a4b-4c5d-8e6f-112233445566',
    ],
    ['https://app.hubspot.com/contacts/44/record/0-5/2048831', '2048831'],
  ])('reads the case id from %s', (url, id) => {
    document.body.innerHTML = '<main><p>Nothing labelled here</p></main>';
    expect(capturePage(document, { url }).fields).toEqual([
      { key: 'caseId', value: id, confidence: 0.8, source: 'url' },
    ]);
  });

  it('lets user rules beat everything, by selector, label or URL', () => {
    document.body.innerHTML =
      '<main><dl><dt>Account number</dt><dd>ACC-1</dd><dt>Kundnummer</dt><dd>SE-77</dd></dl><span class="cid">X9</span></main>';
    const byLabel = capturePage(document, {
      rules: [{ key: 'accountNumber', label: 'Kundnummer' }],
    });
    expect(byLabel.fields[0]).toMatchObject({ value: 'SE-77', source: 'rule', confidence: 1 });
    const bySelector = capturePage(document, {
      rules: [{ key: 'accountNumber', selector: '.cid' }],
    });
    expect(bySelector.fields[0]).toMatchObject({ value: 'X9', source: 'rule', confidence: 1 });
    const byUrl = capturePage(document, {
      url: 'https://crm.example/c/ZZ-1',
      rules: [{ key: 'accountNumber', urlPattern: '/c/([\\w-]+)', origin: 'https://crm.example' }],
    });
    expect(byUrl.fields[0]).toMatchObject({ value: 'ZZ-1', source: 'url' });
    const otherOrigin = capturePage(document, {
      url: 'https://other.example/c/ZZ-1',
      rules: [{ key: 'accountNumber', urlPattern: '/c/([\\w-]+)', origin: 'https://crm.example' }],
    });
    expect(otherOrigin.fields[0]?.value).toBe('ACC-1');
  });

  it('survives invalid user selectors and regexes', () => {
    document.body.innerHTML = '<main><dl><dt>Email</dt><dd>a@b.co</dd></dl></main>';
    const rules = [
      { key: 'caseId' as const, selector: '[[[' },
      { key: 'caseId' as const, urlPattern: '(' },
    ];
    expect(capturePage(document, { url: 'https://x.example', rules }).fields).toHaveLength(1);
  });
});

describe('fieldsForSelection', () => {
  it('keeps the selection as the value with source selection', () => {
    expect(fieldsForSelection('  +358 40 123 4567 ', 'phone')).toEqual({
      key: 'phone',
      value: '+358 40 123 4567',
      confidence: 1,
      source: 'selection',
    });
    expect(fieldsForSelection('not a phone', 'phone')).toMatchObject({
      value: 'not a phone',
      confidence: 0.6,
    });
  });
});
