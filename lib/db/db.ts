import { AppDb } from './app-db';

/** The one database instance of this extension context. */
export const db = new AppDb();
