/**
 * The flags every Chromium the tests and the bench launch needs here. Without the network ones,
 * Chromium floods a machine without network with refused connections. scripts/launch.mjs keeps
 * its own list: the product's run command drops --no-sandbox when it is not root.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
