import type { CaptureSubmission, TabContext } from './tab-context';

const showsRecord = (c: CaptureSubmission) => c.kind === 'record' && c.fields.length > 0;

/** Where a capture came from: the tab's page (frame 0) or a frame inside it. */
export interface CaptureSource {
  frameId: number;
  /** The tab's URL (for a frame's capture). */
  topUrl?: string;
}

/**
 * What to do with a capture, given what the tab shows: the page's own record wins; a frame's
 * record (a console that draws the record in an iframe) shows while the page itself has none,
 * until the page changes. 'withdraw' = the frame shown no longer holds a record.
 */
export function frameDecision(
  previous: TabContext | null,
  capture: CaptureSubmission,
  source: CaptureSource,
): 'store' | 'keep' | 'withdraw' {
  const shownFrame = previous?.frameId ?? 0;
  if (source.frameId === 0) {
    const pageUnchanged = previous?.topUrl === capture.url;
    return shownFrame !== 0 && !showsRecord(capture) && pageUnchanged ? 'keep' : 'store';
  }
  if (!showsRecord(capture)) return shownFrame === source.frameId ? 'withdraw' : 'keep';
  return previous && shownFrame === 0 && showsRecord(previous) ? 'keep' : 'store';
}
