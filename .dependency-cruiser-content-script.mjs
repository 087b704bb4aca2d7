// @ts-check
/**
 * What the content script's bundle loads: from entrypoints/crm.content, following every runtime
 * import (relative, `@/` alias, index re-exports) transitively, it may reach only its own folder,
 * lib/capture, lib/messaging/send.ts and WXT's runtime. It runs in every frame of every CRM page,
 * so zod, Dexie, React, zustand and the rest of lib/ stay out.
 *
 * A second configuration because reachability follows every edge it sees: this one leaves out
 * type-only imports (they are erased from the bundle), so send.ts may take the message types from
 * protocol.ts without the content script "reaching" the zod schemas they are inferred from.
 * `.dependency-cruiser.mjs` checks the source layering, type imports included.
 */
import base from './.dependency-cruiser.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'content-script-reaches-capture-and-send-only',
      comment:
        'The content script (and all it imports, transitively) loads only lib/capture, lib/messaging/send.ts and WXT.',
      severity: 'error',
      from: { path: '^entrypoints/crm\\.content/' },
      to: {
        reachable: true,
        pathNot: [
          '^entrypoints/crm\\.content/',
          '^lib/capture/',
          '^lib/messaging/send\\.ts$',
          '^node_modules/wxt/',
        ],
      },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
