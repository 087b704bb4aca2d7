/**
 * ISO 8601 (UTC) from a timestamptz as the drivers return it in Drizzle's string mode
 * ("2025-03-01 09:30:00.123+00"), which V8's Date parses.
 */
export function toIso(value: string | Date): string {
  return new Date(value).toISOString();
}
