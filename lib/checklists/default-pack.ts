import defaultPackJson from './default-pack.json';
import { parseChecklistPack } from './parse-pack';
import type { ChecklistPack } from './schema';

/**
 * The default pack shipped with the extension, written from the research (next-issue avoidance:
 * address change, replacement part, lockout, billing, plan change, long wait, transfer, repeat
 * contact, the close) in English, French and Finnish. Parsed through the same validator as any
 * import, so a broken edit of the JSON fails loudly (and in the unit test) instead of shipping.
 */
export function loadDefaultChecklistPack(): ChecklistPack {
  const result = parseChecklistPack(defaultPackJson);
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`default checklist pack is invalid: ${first?.path} ${first?.message}`);
  }
  return result.pack;
}
