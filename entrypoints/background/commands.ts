import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { logAgentSignal, undoLastAgentSignal } from '@/lib/interactions';
import { SIGNAL_COMMANDS, UNDO_COMMAND, type SignalCommand } from '@/lib/signals/commands';
import { callForAction } from './interactions';
import { toolbarButton } from './toolbar-button';

/** A short mark on the toolbar button: the agent sees the key worked without leaving the CRM. */
async function flash(tabId: number, text: string) {
  await toolbarButton.setBadgeText({ tabId, text });
  setTimeout(() => void toolbarButton.setBadgeText({ tabId, text: '' }), 1500);
}

/**
 * Logs (or undoes) an effort signal from a global shortcut, on the call of the active tab, with
 * the same functions as the panel's keys (the panel shows the confirmation from the data).
 */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    void (async () => {
      const entry = SIGNAL_COMMANDS[command as SignalCommand];
      if (command !== UNDO_COMMAND.name && !entry) return;
      const call = await callForAction(tabId);
      if (!call) return flash(tabId, '?');
      if (command === UNDO_COMMAND.name) {
        return flash(tabId, (await undoLastAgentSignal(db, call)) ? '↶' : '–');
      }
      await logAgentSignal(db, call, entry.signal);
      await flash(tabId, '✓');
    })();
  });
}
