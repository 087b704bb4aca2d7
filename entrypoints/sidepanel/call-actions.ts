import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import {
  applyChannelSwitch,
  endInteraction,
  logSignal,
  recordSurveyAnswer,
  start,
  toggleHold,
  undoSignal,
  updateInteraction,
  customerKey,
  type Survey,
} from '@/lib/interactions';
import { sendMessage } from '@/lib/messaging';
import { whileNotSyncing } from '@/lib/db/sync-lock';
import { getSettings } from '@/lib/settings';
import type { Channel, Outcome, SignalType } from '@/lib/signals';
import type { CapturedFieldData } from '@/lib/tabs/tab-context';

/** What the agent does during a call; each writes Dexie rows (event + outbox) at once. */
export const callActions = {
  async startManually(tabId: number, fields: readonly CapturedFieldData[]) {
    const settings = await getSettings();
    const input = {
      tabId,
      fields,
      channel: settings.defaultChannel,
      windowDays: settings.repeatWindowDays,
      retentionDays: settings.retentionDays,
    };
    return start(db, input, await customerKey(db, fields));
  },
  log(interaction: InteractionRow, type: SignalType) {
    return type === 'hold' ? toggleHold(db, interaction) : logSignal(db, interaction, type);
  },
  undo(eventId: string) {
    return whileNotSyncing(() => undoSignal(db, eventId));
  },
  async setChannel(interaction: InteractionRow, channel: Channel) {
    await updateInteraction(db, interaction.id, { channel });
    await applyChannelSwitch(db, { ...interaction, channel }, channel);
  },
  setCategory(interaction: InteractionRow, category: string) {
    return updateInteraction(db, interaction.id, { category });
  },
  answer(interaction: InteractionRow, survey: Survey, value: number) {
    return recordSurveyAnswer(db, interaction, survey, value);
  },
  async finish(interaction: InteractionRow, outcome: Outcome, tabId: number) {
    await endInteraction(db, interaction.id, outcome);
    // If the CRM now shows another customer, the background starts their interaction.
    await sendMessage('requestCapture', { tabId }).catch(() => undefined);
  },
};
