import { z } from 'zod';
import { FIELD_KEYS } from '@/lib/capture/types';
import { captureSubmissionSchema } from '@/lib/tabs/tab-context';

/**
 * Every message exchanged between the content script, the background and extension pages.
 * Verb-noun names, one `data` object each, validated at the receiver with these schemas.
 */
export const protocol = {
  /** Content script → background: the latest capture of the sender's tab. */
  submitCapture: { data: captureSubmissionSchema },
  /** Side panel → background: start capturing on an origin the agent just granted. */
  enableSite: {
    data: z.object({ origin: z.string().max(300), tabId: z.number().int().nonnegative() }),
  },
  /** Side panel → background: ask the content script of a tab to capture again now. */
  requestCapture: { data: z.object({ tabId: z.number().int().nonnegative() }) },
  /** Side panel → background: the agent corrected or added a value for the tab's customer. */
  correctField: {
    data: z.object({
      tabId: z.number().int().nonnegative(),
      key: z.enum(FIELD_KEYS),
      value: z.string().trim().min(1).max(500),
    }),
  },
  /**
   * Content script → background: the agent typed a value into the CRM (a trusted change event),
   * checked against what the customer already gave; never stored.
   */
  reportEntry: { data: z.object({ value: z.string().trim().min(1).max(200) }) },
  /** Side panel → background: the agent copied a value from the panel (so typing it is not a repeat). */
  noteCopy: { data: z.object({ value: z.string().min(1).max(500) }) },
  /** Background → content script: capture now. */
  /** `framesOnly`: only frames capture again (the page's own capture just arrived). */
  captureNow: { data: z.object({ framesOnly: z.boolean().optional() }) },
  /**
   * Background → content script: find where a value the agent entered sits on the page, so the
   * layout can be remembered as a rule. The content script checks these two by hand (see
   * entrypoints/crm.content), since zod would not fit its size budget.
   */
  locateField: { data: z.object({ key: z.enum(FIELD_KEYS), value: z.string().min(1).max(500) }) },
  /** Side panel → background: the agent acts on the customer on screen; make it a call. */
  startCall: { data: z.object({ tabId: z.number().int().nonnegative() }) },
  /** Any page → background: upload the outbox now (`force` skips a pending backoff). Issue 6. */
  requestSync: { data: z.object({ force: z.boolean().optional() }) },
  /** Options → background: check a collector URL and token before (or after) saving them. */
  testConnection: {
    data: z.object({ url: z.string().trim().min(1).max(300), token: z.string().trim().max(500) }),
  },
  /** Checklist editor → background: send a published version to the collector (trainers). */
  publishChecklist: {
    data: z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) }),
  },
  /** Options → background: queue the dead letters again (after the collector or data was fixed). */
  retryDeadLetters: { data: z.object({}) },
} as const;

export type MessageName = keyof typeof protocol;
export type MessageData<N extends MessageName> = z.infer<(typeof protocol)[N]['data']>;

/** Return types of each handler; kept beside the protocol so callers and receivers agree. */
export interface MessageResults {
  submitCapture: { stored: boolean };
  enableSite: { registered: boolean };
  requestCapture: { delivered: boolean };
  correctField: { learnt: boolean };
  reportEntry: { repeated: string | null };
  noteCopy: { noted: boolean };
  captureNow: { captured: boolean };
  locateField: { selector: string | null };
  startCall: { interactionId: string | null };
  requestSync: { status: 'synced' | 'not-configured' | 'waiting' | 'failed'; waiting: number };
  testConnection: {
    ok: boolean;
    /** What failed first, for a precise message; null when all checks passed. */
    problem: 'invalid-url' | 'unreachable' | 'unauthorized' | 'forbidden' | 'unexpected' | null;
    detail: string;
  };
  publishChecklist: {
    status: 'published' | 'not-configured' | 'stale' | 'failed';
    /** The collector's version (after publishing, or the newer one on `stale`). */
    version?: number;
    detail?: string;
  };
  retryDeadLetters: { requeued: number };
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };
