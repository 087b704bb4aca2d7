/** One interaction about an issue; `resolvedAt` is set on the interaction(s) that resolved it. */
export interface IssueContactRow {
  /** Groups interactions about the same issue (a case id, or customer key + category). */
  issueKey: string;
  /** Start of the interaction, epoch ms. */
  startedAt: number;
  /** When this interaction resolved the issue, epoch ms; absent if it did not. */
  resolvedAt?: number | null;
}

/** Mean time to resolution. */
export interface TtrResult {
  /** Mean milliseconds from first contact to resolution over resolved issues; null when none. */
  value: number | null;
  /** Number of resolved issues in the mean. */
  n: number;
  /** Issues with contacts but no resolution yet; excluded from the mean, shown beside it. */
  unresolved: number;
}

/**
 * Time to resolution: for each issue, the last `resolvedAt` minus the first `startedAt`; the
 * result is the mean over resolved issues. The LAST resolution counts because an issue "resolved"
 * and then reopened by another contact was not really resolved the first time.
 *
 * @throws RangeError when a row resolves before it starts or has a non-finite time.
 * @example ttr([{ issueKey: 'c1', startedAt: 0 }, { issueKey: 'c1', startedAt: 10, resolvedAt: 60 }])
 * // { value: 60, n: 1, unresolved: 0 }
 */
export function ttr(rows: readonly IssueContactRow[]): TtrResult {
  const issues = new Map<string, { first: number; resolved: number | null }>();
  for (const row of rows) {
    const resolvedAt = row.resolvedAt ?? null;
    if (!Number.isFinite(row.startedAt) || (resolvedAt !== null && !Number.isFinite(resolvedAt))) {
      throw new RangeError(`issue ${row.issueKey}: times must be finite epoch milliseconds`);
    }
    if (resolvedAt !== null && resolvedAt < row.startedAt) {
      throw new RangeError(`issue ${row.issueKey}: resolvedAt is before startedAt`);
    }
    const issue = issues.get(row.issueKey) ?? { first: row.startedAt, resolved: null };
    issue.first = Math.min(issue.first, row.startedAt);
    if (resolvedAt !== null) issue.resolved = Math.max(issue.resolved ?? resolvedAt, resolvedAt);
    issues.set(row.issueKey, issue);
  }
  let total = 0;
  let n = 0;
  for (const { first, resolved } of issues.values()) {
    if (resolved === null) continue;
    total += resolved - first;
    n += 1;
  }
  return { value: n === 0 ? null : total / n, n, unresolved: issues.size - n };
}
