/** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV with a header line; columns in the given order. */
export function toCsv<T extends Record<string, unknown>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  return (
    [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}

/** Delimiters a spreadsheet writes: `,`, or `;` where the comma is the decimal separator. */
export type CsvDelimiter = ',' | ';';

/**
 * The delimiter of a CSV file, read from its first line (the header): the one of `,` and `;` that
 * occurs more often outside quotes; a comma on a tie or when neither occurs.
 *
 * @example detectDelimiter('case_id;survey;value\r\nCS-1;csat;4,5') // ';'
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text.replace(/^[\r\n]+/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF) into rows of cells, split
 * on one delimiter: the given one, else Excel's `sep=` first line, else the header's
 * (`detectDelimiter`). A quoted cell keeps the delimiter; the other one is plain text (a note
 * "Billing; address" in a comma file, a decimal "4,5" in a semicolon file). A byte-order mark and
 * blank lines are dropped.
 */
export function parseCsv(input: string, delimiter?: CsvDelimiter): string[][] {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = /^sep=([,;])\r?(\n|$)/.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delim = delimiter ?? (sep?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delim) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((c) => c.trim() !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  if (row.some((c) => c.trim() !== '')) rows.push(row);
  return rows;
}
