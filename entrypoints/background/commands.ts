import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import {
  logSignal,
  openInteractionOfTab,
  standingSignals,
  toggleHold,
  undoSignal,
} from '@/lib/interactions';
import { eventsOfInteraction } from '@/lib/db/events';
import { whileNotSyncing } from '@/lib/db/sync-lock';
import { SIGNAL_COMMANDS, UNDO_COMMAND, type SignalCommand } from '@/lib/signals/commands';

/** A short mark on the toolbar button: the agent sees the key worked without leaving the CRM. */
async function flash(tabId: number, text: string) {
  await browser.action.setBadgeText({ tabId, text });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }), 1500);
}

/** Logs (or undoes) an effort signal for the active tab's interaction from a global shortcut. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    void (async () => {
      const interaction = await openInteractionOfTab(db, tabId);
      if (!interaction) return flash(tabId, '?');
      if (command === UNDO_COMMAND.name) {
        const last = standingSignals(await eventsOfInteraction(db, interaction.id)).at(-1);
        if (last) await whileNotSyncing(() => undoSignal(db, last.id));
        return flash(tabId, '↶');
      }
      const entry = SIGNAL_COMMANDS[command as SignalCommand];
      if (!entry) return;
      if (entry.signal === 'hold') await toggleHold(db, interaction);
      else await logSignal(db, interaction, entry.signal);
      await flash(tabId, '✓');
    })();
  });
}
