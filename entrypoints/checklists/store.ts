import { create, type StateCreator } from 'zustand';
import type { Simulation } from '@/lib/checklists/match-context';
import type { Draft } from '@/lib/checklists/draft';

/** Which checklists the list shows, and which are ticked for export. */
export interface ListSlice {
  search: string;
  statusFilter: 'all' | 'draft' | 'published';
  exportIds: string[];
  setSearch: (search: string) => void;
  setStatusFilter: (statusFilter: ListSlice['statusFilter']) => void;
  toggleExport: (id: string) => void;
}

export type EditorTab = 'content' | 'triggers' | 'history' | 'usage';

/**
 * The checklist open in the editor and the edits not saved yet. The stored versions stay in
 * Dexie (read with live queries); `draft` is only the trainer's unsaved copy, null when clean.
 */
export interface EditorSlice {
  selectedId: string | null;
  draft: Draft | null;
  tab: EditorTab;
  /** The older version the history tab compares with the current one. */
  compareVersion: number | null;
  select: (id: string | null) => void;
  setDraft: (draft: Draft | null) => void;
  setTab: (tab: EditorTab) => void;
  setCompareVersion: (version: number | null) => void;
}

/** The live tester: which CRM tab to test against, and the simulated parts of the context. */
export interface TesterSlice {
  testerTabId: number | null;
  simulation: Simulation;
  setTesterTab: (tabId: number | null) => void;
  simulate: (patch: Simulation) => void;
  clearSimulation: () => void;
}

/** A short message after an action (saved, imported, deleted). */
export interface NoticeSlice {
  notice: string | null;
  importOpen: boolean;
  setNotice: (notice: string | null) => void;
  setImportOpen: (open: boolean) => void;
}

export type ChecklistsState = ListSlice & EditorSlice & TesterSlice & NoticeSlice;

type Slice<T> = StateCreator<ChecklistsState, [], [], T>;

const createListSlice: Slice<ListSlice> = (set) => ({
  search: '',
  statusFilter: 'all',
  exportIds: [],
  setSearch: (search) => set({ search }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  toggleExport: (id) =>
    set(({ exportIds }) => ({
      exportIds: exportIds.includes(id) ? exportIds.filter((x) => x !== id) : [...exportIds, id],
    })),
});

const createEditorSlice: Slice<EditorSlice> = (set) => ({
  selectedId: null,
  draft: null,
  tab: 'content',
  compareVersion: null,
  select: (selectedId) => set({ selectedId, draft: null, compareVersion: null }),
  setDraft: (draft) => set({ draft }),
  setTab: (tab) => set({ tab }),
  setCompareVersion: (compareVersion) => set({ compareVersion }),
});

const createTesterSlice: Slice<TesterSlice> = (set) => ({
  testerTabId: null,
  simulation: {},
  setTesterTab: (testerTabId) => set({ testerTabId, simulation: {} }),
  simulate: (patch) => set(({ simulation }) => ({ simulation: { ...simulation, ...patch } })),
  clearSimulation: () => set({ simulation: {} }),
});

const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notice: null,
  importOpen: false,
  setNotice: (notice) => set({ notice }),
  setImportOpen: (importOpen) => set({ importOpen }),
});

/** UI state of the trainer editor page (one store per page, built from slices). */
export const useChecklistsStore = create<ChecklistsState>()((...a) => ({
  ...createListSlice(...a),
  ...createEditorSlice(...a),
  ...createTesterSlice(...a),
  ...createNoticeSlice(...a),
}));
