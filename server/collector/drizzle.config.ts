import { defineConfig } from 'drizzle-kit';

/**
 * `npm run collector:migration -- --name what_changed` after editing db/schema.ts: drizzle-kit
 * writes the next SQL migration into db/migrations (applied at start by db/migrate.ts). Never edit
 * a released migration; generate a new one.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/collector/db/schema.ts',
  out: './server/collector/db/migrations',
});
