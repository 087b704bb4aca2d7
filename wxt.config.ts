import { defineConfig } from 'wxt';
import { BUILT_IN_PATTERNS } from './lib/capture/built-in-sites';
import { SIGNAL_COMMANDS, UNDO_COMMAND } from './lib/signals/commands';

/** Manifest `commands`: one per effort signal plus undo; descriptions come from _locales. */
const commands = Object.fromEntries([
  ...Object.entries(SIGNAL_COMMANDS).map(([name, c]) => [
    name,
    {
      description: `__MSG_cmd_${c.signal}__`,
      ...('key' in c && { suggested_key: { default: c.key } }),
    },
  ]),
  [
    UNDO_COMMAND.name,
    { description: '__MSG_cmd_undo__', suggested_key: { default: UNDO_COMMAND.key } },
  ],
]);

// The demo CRM is served on loopback; every other CRM origin is an optional host permission the
// agent grants from the side panel ("Enable on this site").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // A separate output folder lets parallel checkouts or runs build without clobbering each other.
  outDir: process.env.EFFORTLESS_OUT_DIR ?? '.output',
  // Firefox too is built as MV3 (issue 12): the same `action` API as Chrome, and
  // optional_host_permissions for "Enable on this site" (WXT drops them from an MV2 manifest, so
  // permissions.request failed there); Firefox 127+ grants host_permissions at install.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: a click on the toolbar button lets the panel see that one tab's address (no warning).
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', 'activeTab'],
    // Loopback only, for the demo CRM; real CRM origins are granted one by one at runtime.
    host_permissions: [...BUILT_IN_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands,
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'effortless@effortless.app',
          // data_collection_permissions is read from Firefox 140 (142 on Android) on.
          strict_min_version: '142.0',
          // What syncs to the team's collector: pseudonymous records of service interactions.
          data_collection_permissions: { required: ['websiteActivity'] },
        },
      },
    }),
  }),
});
