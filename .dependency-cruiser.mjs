// @ts-check
/**
 * Which module may import which: the one-way layering of README "Layout", checked on the resolved
 * import graph (relative, `@/` alias and index imports alike, type-only imports included).
 * `npm run lint:deps` runs it together with `.dependency-cruiser-content-script.mjs`, which checks
 * what the content script's bundle reaches.
 */

/** React and what binds to it: dexie-react-hooks (useLiveQuery), zustand (a store is a hook). */
const REACT = '^node_modules/(react|react-dom|dexie-react-hooks|zustand)/';

/**
 * A lib/ file may use React only when it is named for it: a hook, `use-*.ts(x)`. Everything else in
 * lib/ stays plain TypeScript that the background and the tests load without React.
 */
const REACT_FILE_IN_LIB = '/use-[^/]+\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'entrypoints-are-separate',
      comment:
        'An entry point never imports another one: what two of them share lives in components/ or lib/.',
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)/' },
      to: { path: '^entrypoints/', pathNot: '^entrypoints/$1/' },
    },
    {
      name: 'content-script-imports',
      comment:
        'The content script imports its own folder, lib/capture, lib/messaging (send.ts; protocol.ts for types) and WXT only. What its bundle reaches at run time: .dependency-cruiser-content-script.mjs.',
      severity: 'error',
      from: { path: '^entrypoints/crm\\.content/' },
      to: {
        pathNot: [
          '^entrypoints/crm\\.content/',
          '^lib/capture/',
          '^lib/messaging/(send|protocol)\\.ts$',
          '^node_modules/wxt/',
        ],
      },
    },
    {
      name: 'lib-is-the-bottom-layer',
      comment: 'lib/ never imports components/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'lib-react-only-in-hooks',
      comment: `lib/ imports React (or a React binding) only in files named use-*.ts(x).`,
      severity: 'error',
      from: { path: '^lib/', pathNot: REACT_FILE_IN_LIB },
      to: { path: REACT },
    },
    {
      name: 'content-script-libs-stay-plain',
      comment:
        'lib/capture and lib/messaging run in the content script too: no React, Dexie, zustand, database or UI state.',
      severity: 'error',
      from: { path: '^lib/(capture|messaging)/' },
      to: { path: [REACT, '^node_modules/dexie/', '^lib/(db|state)/'] },
    },
    {
      name: 'components-use-lib-only',
      comment:
        'components/ holds shared React: it imports components/ and lib/, never entry points, the server or tests.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(entrypoints|server|scripts|tests)/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Product code never imports from tests/.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'extension-not-server',
      comment:
        'The extension and the collector share only lib/*/schema.ts (the wire format); the extension never imports server/.',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^server/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|test-results|playwright-report)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
