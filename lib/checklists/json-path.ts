/**
 * Error paths are JSON-path-like: `$` is the root, `.name` a property, `[n]` an array index, and
 * `["odd key"]` a property whose name is not a plain identifier.
 *
 * @example formatJsonPath(['checklists', 2, 'items', 0, 'text', 'fr']) // '$.checklists[2].items[0].text.fr'
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
