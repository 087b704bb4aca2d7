import Dexie, { type EntityTable } from 'dexie';
import {
  DB_NAME,
  SCHEMA_VERSIONS,
  type CapturedFieldRow,
  type DeadLetterRow,
  type ChecklistRow,
  type EventRow,
  type InteractionRow,
  type KeyRow,
  type MetaRow,
  type OutboxRow,
} from './schema';

/** The extension's IndexedDB, shared by the background, the side panel and extension pages. */
export class AppDb extends Dexie {
  interactions!: EntityTable<InteractionRow, 'id'>;
  capturedFields!: EntityTable<CapturedFieldRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  checklists!: Dexie.Table<ChecklistRow, [string, number]>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;
  keys!: EntityTable<KeyRow, 'id'>;
  deadLetters!: EntityTable<DeadLetterRow, 'id'>;

  constructor(name = DB_NAME, versions = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
