import { create, type StateCreator } from 'zustand';

/** The tab the panel follows; its captured context itself lives in session storage. */
export interface TargetSlice {
  target: { tabId: number; url?: string; title?: string } | null;
  setTarget: (target: TargetSlice['target']) => void;
}

/** Short-lived "Copied" feedback on the customer card. */
export interface CopySlice {
  copiedKey: string | null;
  markCopied: (key: string | null) => void;
}

/** The live call's UI: wrap-up mode and its choices. Domain data stays in Dexie. */
export interface CallSlice {
  mode: 'call' | 'wrapup';
  outcome: string | null;
  survey: 'ces' | 'csat' | 'nps';
  callMessage: string | null;
  /** `checklistId/itemId` under the keyboard cursor in the nudges. */
  nudgeCursor: string | null;
  setNudgeCursor: (cursor: string | null) => void;
  setMode: (mode: CallSlice['mode']) => void;
  setOutcome: (outcome: string | null) => void;
  setSurvey: (survey: CallSlice['survey']) => void;
  setCallMessage: (message: string | null) => void;
  resetCall: () => void;
}

/** The list of keys (? in the panel). */
export interface HelpSlice {
  helpOpen: boolean;
  showHelp: () => void;
  hideHelp: () => void;
}

export type SidepanelState = TargetSlice & CopySlice & CallSlice & HelpSlice;

const createTargetSlice: StateCreator<SidepanelState, [], [], TargetSlice> = (set) => ({
  target: null,
  setTarget: (target) => set({ target }),
});

const createCopySlice: StateCreator<SidepanelState, [], [], CopySlice> = (set) => ({
  copiedKey: null,
  markCopied: (copiedKey) => set({ copiedKey }),
});

const CALL_DEFAULTS = {
  mode: 'call',
  outcome: null,
  survey: 'ces',
  callMessage: null,
  nudgeCursor: null,
} as const;

const createCallSlice: StateCreator<SidepanelState, [], [], CallSlice> = (set) => ({
  ...CALL_DEFAULTS,
  setMode: (mode) => set({ mode, callMessage: null }),
  setOutcome: (outcome) => set({ outcome, callMessage: null }),
  setSurvey: (survey) => set({ survey }),
  setCallMessage: (callMessage) => set({ callMessage }),
  setNudgeCursor: (nudgeCursor) => set({ nudgeCursor }),
  resetCall: () => set(CALL_DEFAULTS),
});

const createHelpSlice: StateCreator<SidepanelState, [], [], HelpSlice> = (set) => ({
  helpOpen: false,
  showHelp: () => set({ helpOpen: true }),
  hideHelp: () => set({ helpOpen: false }),
});

/** UI state of the side panel page (one store per page, built from slices). */
export const useSidepanelStore = create<SidepanelState>()((...a) => ({
  ...createTargetSlice(...a),
  ...createCopySlice(...a),
  ...createCallSlice(...a),
  ...createHelpSlice(...a),
}));
