import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  settingsItem,
  updateSettings,
  type Settings,
} from '@/lib/settings';
import { captureRulesItem, removeRule, saveRule } from '@/lib/settings/capture-rules';

describe('settings', () => {
  it('reads the defaults under what is stored, so a key added later is never undefined', async () => {
    await settingsItem.setValue({ language: 'fi' } as Settings);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'fi' });
  });

  it('writes a valid update and refuses an invalid one without writing it', async () => {
    await updateSettings({ retentionDays: 14 });
    await expect(updateSettings({ retentionDays: 0 })).rejects.toThrow();
    expect((await getSettings()).retentionDays).toBe(14);
  });
});

describe('capture rules', () => {
  const origin = 'https://crm.example.com';

  it('keeps the newest rule first and replaces one with the same key and selector', async () => {
    await saveRule(origin, { key: 'email', selector: '#mail' });
    await saveRule(origin, { key: 'phone', label: 'Mobile' });
    await saveRule(origin, { key: 'email', selector: '#mail' });
    expect((await captureRulesItem.getValue())[origin]).toEqual([
      { key: 'email', selector: '#mail' },
      { key: 'phone', label: 'Mobile' },
    ]);
  });

  it('refuses a rule with neither a selector nor a label', async () => {
    await expect(saveRule(origin, { key: 'email' })).rejects.toThrow();
  });

  it('forgets the origin with its last rule', async () => {
    await saveRule(origin, { key: 'email', selector: '#mail' });
    await removeRule(origin, 0);
    expect(await captureRulesItem.getValue()).toEqual({});
  });
});
