/** Loopback hosts: the demo CRM and a local collector run there, granted by the manifest. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/**
 * Match patterns of the built-in sites (loopback over http, any port): the manifest's host
 * permissions and the content script's declared matches. Every other CRM origin is enabled by the
 * agent at run time.
 */
export const BUILT_IN_PATTERNS: readonly string[] = LOOPBACK_HOSTS.map(
  (host) => `http://${host}/*`,
);

/**
 * Whether a page is on a built-in site, where capture runs without asking.
 *
 * @example isBuiltInUrl('http://127.0.0.1:4300/customers/1') // true
 */
export function isBuiltInUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && LOOPBACK_HOSTS.includes(hostname);
  } catch {
    return false;
  }
}
