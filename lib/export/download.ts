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
