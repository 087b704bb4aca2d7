import { z } from 'zod';
import { BUILT_IN_PATTERNS } from '@/lib/capture/built-in-sites';

/** Bounds keep a hostile or broken page from flooding the background with data. */
const MAX_FIELDS = 40;
const MAX_VALUE = 500;

export const capturedFieldSchema = z.object({
  key: z.string().min(1).max(40),
  value: z.string().min(1).max(MAX_VALUE),
  label: z.string().max(200).optional(),
  confidence: z.number().min(0).max(1),
  source: z.string().min(1).max(40),
});

export const pageKindSchema = z.enum(['record', 'list', 'empty']);

/** What the content script reports about one CRM page. */
export const captureSubmissionSchema = z.object({
  url: z.string().url().max(2048),
  title: z.string().max(300),
  kind: pageKindSchema,
  fields: z.array(capturedFieldSchema).max(MAX_FIELDS),
  /** The start of the page's visible text, for checklist triggers and the contact reason. */
  pageText: z.string().max(5000).optional(),
  /** Set when the extractor failed on this page: the panel shows it instead of stale data. */
  error: z.string().max(300).optional(),
});

export type CaptureSubmission = z.infer<typeof captureSubmissionSchema>;
export type CapturedFieldData = z.infer<typeof capturedFieldSchema>;

/** The background's view of one tab: the latest capture plus when it arrived. */
export interface TabContext extends CaptureSubmission {
  tabId: number;
  capturedAt: number;
  /** Values the agent added (selection, manual correction) on the page at `url`. */
  extras?: { url: string; fields: CapturedFieldData[] };
  /** Pseudonymous key of the customer shown, set by the background once computed. */
  customerKey?: string;
  /** Set when the record comes from a frame (a console drawing it in an iframe): which one. */
  frameId?: number;
  /** The tab's own URL when the record comes from a frame: a new one means the page changed. */
  topUrl?: string;
}

/**
 * The fields to show for a tab: the page's capture, overridden by what the agent added on this
 * same page (an extra from another record must never show beside this one).
 */
export function fieldsOf(context: TabContext | null): CapturedFieldData[] {
  if (!context || context.kind === 'list') return [];
  const extras = context.extras?.url === context.url ? context.extras.fields : [];
  const byKey = new Map(context.fields.map((f) => [f.key, f]));
  for (const extra of extras) byKey.set(extra.key, extra);
  return [...byKey.values()];
}

/** Storage key under which the background keeps a tab's context (session storage). */
export function tabContextKey(tabId: number): `session:tab-context:${number}` {
  return `session:tab-context:${tabId}`;
}

/** The origin pattern used for optional host permissions and registered content scripts. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return `${protocol}//${host}/*`;
  } catch {
    return null;
  }
}

/** Granted patterns the agent enabled one by one (not the built-in loopback ones). */
export function enabledSitePatterns(origins: readonly string[]): string[] {
  return origins.filter((o) => /^https?:\/\/[^*]+\/\*$/.test(o) && !BUILT_IN_PATTERNS.includes(o));
}

/** Session key the background sets when the toolbar button is clicked on a tab (activeTab given). */
export const ACTION_CLICKED_KEY = 'session:action-clicked';
