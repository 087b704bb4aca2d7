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

export type SidepanelState = TargetSlice & CopySlice;

const createTargetSlice: StateCreator<SidepanelState, [], [], TargetSlice> = (set) => ({
  target: null,
  setTarget: (target) => set({ target }),
});

const createCopySlice: StateCreator<SidepanelState, [], [], CopySlice> = (set) => ({
  copiedKey: null,
  markCopied: (copiedKey) => set({ copiedKey }),
});

/** UI state of the side panel page (one store per page, built from slices). */
export const useSidepanelStore = create<SidepanelState>()((...a) => ({
  ...createTargetSlice(...a),
  ...createCopySlice(...a),
}));
