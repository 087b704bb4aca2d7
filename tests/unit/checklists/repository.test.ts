import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultChecklistPack, parseChecklistPack, type Checklist } from '@/lib/checklists';
import { AppDb } from '@/lib/db';
import {
  checklistHistory,
  deleteChecklist,
  duplicateChecklist,
  exportChecklists,
  importChecklistPack,
  listLatestChecklists,
  restoreChecklistVersion,
  saveChecklistVersion,
  seedDefaultChecklists,
  setChecklistStatus,
  validateChecklist,
} from '@/lib/db/checklists';
import { makeChecklist, validPackJson } from './fixtures';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const at = (minute: number) => new Date(Date.UTC(2025, 10, 24, 9, minute));
const saved = <T extends { ok: boolean }>(result: T) => {
  expect(result.ok).toBe(true);
  return result as Extract<T, { ok: true }>;
};

describe('saveChecklistVersion', () => {
  it('numbers versions from 1 and stamps the save time, whatever the input says', async () => {
    const first = saved(
      await saveChecklistVersion(db, makeChecklist({ version: 7, updatedAt: 'x' }), at(1)),
    );
    expect(first.checklist.version).toBe(1);
    expect(first.checklist.updatedAt).toBe('2025-11-24T09:01:00.000Z');
    const second = saved(
      await saveChecklistVersion(db, { ...first.checklist, title: { en: 'Renamed' } }, at(2)),
    );
    expect(second.checklist.version).toBe(2);
    const row = await db.checklists.get(['sample', 2]);
    expect(row).toMatchObject({ id: 'sample', version: 2, status: 'published' });
    expect(row?.body).toEqual(second.checklist);
  });

  it('writes nothing and reports paths relative to the checklist when invalid', async () => {
    const result = await saveChecklistVersion(
      db,
      makeChecklist({ items: [{ id: 'one', kind: 'ask', text: { en: 'Ask', fr: '' } }] }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '$.items[0].text.fr', message: 'must not be empty', problem: { code: 'empty' } },
      ],
    });
    expect(await db.checklists.count()).toBe(0);
  });

  it('validateChecklist accepts a valid checklist as is', () => {
    const checklist = makeChecklist();
    expect(validateChecklist(checklist)).toEqual({ ok: true, checklist });
  });
});

describe('history, status and restore', () => {
  it('lists versions newest first and the latest of each id with its published version', async () => {
    await saveChecklistVersion(db, makeChecklist({ title: { en: 'One' } }), at(1));
    await saveChecklistVersion(db, makeChecklist({ title: { en: 'Two' } }), at(2));
    saved(await setChecklistStatus(db, 'sample', 'draft', at(3)));
    await saveChecklistVersion(db, makeChecklist({ id: 'other' }), at(4));

    expect((await checklistHistory(db, 'sample')).map((c) => [c.version, c.status])).toEqual([
      [3, 'draft'],
      [2, 'published'],
      [1, 'published'],
    ]);
    const latest = await listLatestChecklists(db);
    expect(latest.map((s) => [s.checklist.id, s.checklist.version, s.versions])).toEqual([
      ['other', 1, 1],
      ['sample', 3, 3],
    ]);
    expect(latest[1]?.publishedVersion).toBe(2);
    expect(latest[1]?.checklist.title).toEqual({ en: 'Two' });
  });

  it('restores an old version as a new one, keeping the history', async () => {
    await saveChecklistVersion(db, makeChecklist({ title: { en: 'Old' } }), at(1));
    await saveChecklistVersion(db, makeChecklist({ title: { en: 'New' } }), at(2));
    const restored = saved(await restoreChecklistVersion(db, 'sample', 1, at(3)));
    expect(restored.checklist).toMatchObject({ version: 3, title: { en: 'Old' } });
    expect((await checklistHistory(db, 'sample')).map((c) => c.title.en)).toEqual([
      'Old',
      'New',
      'Old',
    ]);
    expect((await restoreChecklistVersion(db, 'sample', 9)).ok).toBe(false);
  });

  it('skips a stored row whose body is corrupt instead of failing the list', async () => {
    await saveChecklistVersion(db, makeChecklist(), at(1));
    await db.checklists.add({
      id: 'sample',
      version: 2,
      status: 'draft',
      updatedAt: '',
      body: { nope: true },
    });
    expect((await listLatestChecklists(db)).map((s) => s.checklist.version)).toEqual([1]);
  });
});

describe('duplicate and delete', () => {
  it('duplicates the latest version as a v1 draft under a free id with a suffixed title', async () => {
    await saveChecklistVersion(db, makeChecklist({ title: { en: 'Move', fr: 'Déménager' } }));
    const copy = saved(await duplicateChecklist(db, 'sample', { en: ' (copy)', fr: ' (copie)' }));
    expect(copy.checklist).toMatchObject({
      id: 'sample-copy',
      version: 1,
      status: 'draft',
      title: { en: 'Move (copy)', fr: 'Déménager (copie)' },
    });
    const again = saved(await duplicateChecklist(db, 'sample'));
    expect(again.checklist.id).toBe('sample-copy-2');
  });

  it('deletes every version of one checklist only', async () => {
    await saveChecklistVersion(db, makeChecklist());
    await saveChecklistVersion(db, makeChecklist());
    await saveChecklistVersion(db, makeChecklist({ id: 'keep' }));
    expect(await deleteChecklist(db, 'sample')).toBe(2);
    expect((await listLatestChecklists(db)).map((s) => s.checklist.id)).toEqual(['keep']);
  });
});

describe('import and export', () => {
  it('imports nothing when any part of the pack is invalid', async () => {
    const pack = validPackJson();
    pack.checklists.push({
      ...makeChecklist({ id: 'third' }),
      items: [{ id: 'x', kind: 'ask', text: { fr: 42 } }],
    });
    const result = await importChecklistPack(db, JSON.stringify(pack));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toContain(
      '$.checklists[2].items[0].text.fr',
    );
    expect(await db.checklists.count()).toBe(0);
  });

  it('keeps new ids as given, stacks changed ones as a next version, skips identical ones', async () => {
    await saveChecklistVersion(db, makeChecklist({ id: 'first', title: { en: 'Local' } }), at(1));
    await saveChecklistVersion(db, makeChecklist({ id: 'second' }), at(1));
    const pack = validPackJson();
    (pack.checklists[0] as Checklist).title = { en: 'From the pack' };
    pack.checklists.push(makeChecklist({ id: 'third', version: 4 }));
    const result = await importChecklistPack(db, pack, at(5));
    expect(result).toEqual({ ok: true, added: 2, unchanged: 1 });
    const latest = await listLatestChecklists(db);
    expect(latest.map((s) => [s.checklist.id, s.checklist.version])).toEqual([
      ['first', 2],
      ['second', 1],
      ['third', 4],
    ]);
    expect(latest[0]?.checklist.title).toEqual({ en: 'From the pack' });
    expect(await importChecklistPack(db, pack, at(6))).toEqual({
      ok: true,
      added: 0,
      unchanged: 3,
    });
  });

  it('exports the latest versions, all or some, in the import format', async () => {
    await saveChecklistVersion(db, makeChecklist({ id: 'a' }));
    await saveChecklistVersion(db, makeChecklist({ id: 'a', title: { en: 'A2' } }));
    await saveChecklistVersion(db, makeChecklist({ id: 'b' }));
    const all = parseChecklistPack(await exportChecklists(db));
    expect(all.ok && all.pack.checklists.map((c) => [c.id, c.version])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const some = parseChecklistPack(await exportChecklists(db, ['b']));
    expect(some.ok && some.pack.checklists.map((c) => c.id)).toEqual(['b']);
  });
});

describe('seedDefaultChecklists', () => {
  it('writes the default pack into an empty table, once', async () => {
    const pack = loadDefaultChecklistPack();
    expect(await seedDefaultChecklists(db)).toBe(pack.checklists.length);
    expect(await seedDefaultChecklists(db)).toBe(0);
    expect(await db.checklists.count()).toBe(pack.checklists.length);
  });

  it('never seeds over checklists a trainer already has (even if all were deleted but one)', async () => {
    await saveChecklistVersion(db, makeChecklist());
    expect(await seedDefaultChecklists(db)).toBe(0);
    expect(await db.checklists.count()).toBe(1);
  });

  it('seeds once when two pages race', async () => {
    const results = await Promise.all([seedDefaultChecklists(db), seedDefaultChecklists(db)]);
    expect(results.filter((n) => n > 0)).toHaveLength(1);
  });
});
