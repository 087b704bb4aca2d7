export { AppDb } from './app-db';
export * from './schema';
export * from './events';
export * from './interactions';
