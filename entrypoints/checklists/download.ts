/** Saves text as a file through a temporary `a[download]` link (no downloads permission needed). */
export function downloadText(filename: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `checklists-2025-11-24.json`, or `<id>.json` for one checklist. */
export function exportFilename(ids?: readonly string[], now = new Date()) {
  if (ids?.length === 1) return `${ids[0]}.json`;
  return `checklists-${now.toISOString().slice(0, 10)}.json`;
}
