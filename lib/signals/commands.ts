import type { SignalType } from './taxonomy';

/**
 * Browser-wide keyboard commands (remappable at chrome://extensions/shortcuts), so a signal can be
 * logged while the agent types in the CRM. Chrome allows four suggested keys; the rest start
 * unassigned.
 */
export const SIGNAL_COMMANDS = {
  'log-transfer': { signal: 'transfer', key: 'Alt+Shift+T' },
  'log-repeated-info': { signal: 'repeated_info', key: 'Alt+Shift+R' },
  'log-hold': { signal: 'hold', key: 'Alt+Shift+H' },
  'log-channel-switch': { signal: 'channel_switch' },
  'log-repeat-contact': { signal: 'repeat_contact' },
  'log-escalation': { signal: 'escalation' },
  'log-callback-needed': { signal: 'callback_needed' },
  'log-self-service-failure': { signal: 'self_service_failure' },
  'log-generic-service': { signal: 'generic_service' },
} as const satisfies Record<string, { signal: SignalType; key?: string }>;

export const UNDO_COMMAND = { name: 'undo-signal', key: 'Alt+Shift+Z' } as const;

export type SignalCommand = keyof typeof SIGNAL_COMMANDS;
