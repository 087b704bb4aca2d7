/** One measured figure; `target` is the goal, `better` says which direction wins. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
  better?: 'lower' | 'higher';
  note?: string;
}

export function meets(f: Figure): boolean | undefined {
  if (f.target === undefined) return undefined;
  return f.better === 'higher' ? f.value >= f.target : f.value <= f.target;
}

/** Prints a readable table, then the same figures as one JSON line. */
export function printReport(figures: readonly Figure[]): void {
  const rows = figures.map((f) => {
    const ok = meets(f);
    const target =
      f.target === undefined ? '' : `${f.better === 'higher' ? '≥' : '≤'} ${f.target} ${f.unit}`;
    return [
      f.name,
      `${round(f.value)} ${f.unit}`,
      target,
      ok === undefined ? '' : ok ? 'ok' : 'MISSED',
      f.note ?? '',
    ];
  });
  const header = ['figure', 'value', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nJSON ${JSON.stringify(figures.map((f) => ({ ...f, value: round(f.value), ok: meets(f) })))}`,
  );
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
