export { downloadText } from '@/lib/export/download';

/** `checklists-2025-11-24.json`, or `<id>.json` for one checklist. */
export function exportFilename(ids?: readonly string[], now = new Date()) {
  if (ids?.length === 1) return `${ids[0]}.json`;
  return `checklists-${now.toISOString().slice(0, 10)}.json`;
}
