import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import {
  applyChannelSwitch,
  endInteraction,
  logAgentSignal,
  recordSurveyAnswer,
  resumeCall,
  undoLastAgentSignal,
  undoSignal,
  updateInteraction,
  type Survey,
} from '@/lib/interactions';
import { sendMessage } from '@/lib/messaging';
import { whileNotSyncing } from '@/lib/db/sync-lock';
import type { Channel, Outcome, SignalType } from '@/lib/signals';

/** What the agent does during a call; each writes Dexie rows (event + outbox) at once. */
export const callActions = {
  /** The agent acts on the customer on screen: the background makes the view a call. */
  async ensureCall(tabId: number): Promise<InteractionRow> {
    const { interactionId } = await sendMessage('startCall', { tabId });
    const call = interactionId ? await db.interactions.get(interactionId) : undefined;
    if (!call) throw new Error('No customer on screen to start a call with');
    return call;
  },
  log(call: InteractionRow, type: SignalType) {
    return logAgentSignal(db, call, type);
  },
  undoLast(call: InteractionRow) {
    return undoLastAgentSignal(db, call);
  },
  undo(eventId: string) {
    return whileNotSyncing(() => undoSignal(db, eventId));
  },
  async setChannel(call: InteractionRow, channel: Channel) {
    await updateInteraction(db, call.id, { channel });
    await applyChannelSwitch(db, { ...call, channel }, channel);
  },
  setCategory(call: InteractionRow, category: string) {
    return updateInteraction(db, call.id, { category });
  },
  answer(call: InteractionRow, survey: Survey, value: number) {
    return recordSurveyAnswer(db, call, survey, value);
  },
  async finish(call: InteractionRow, outcome: Outcome, tabId: number) {
    await endInteraction(db, call.id, outcome);
    // The CRM may show another customer by now: the background looks at the tab again.
    await sendMessage('requestCapture', { tabId }).catch(() => undefined);
  },
  resume(callId: string, tabId: number) {
    return resumeCall(db, callId, tabId);
  },
};
