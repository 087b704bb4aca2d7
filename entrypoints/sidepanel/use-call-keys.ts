import { useEffect, useRef } from 'react';
import { OUTCOME_KEYS, SURVEY_KEYS } from '@/components/call/wrap-up';
import type { Survey } from '@/lib/interactions/events';
import { signalTypeForKey, type Outcome, type SignalType } from '@/lib/signals';

export interface CallKeyHandlers {
  mode: 'call' | 'wrapup' | 'idle';
  survey: Survey;
  onSignal: (type: SignalType) => void;
  onUndo: () => void;
  onWrapUp: () => void;
  onStart: () => void;
  onOutcome: (outcome: Outcome) => void;
  onSurvey: (survey: Survey) => void;
  onAnswer: (survey: Survey, value: number) => void;
  onFinish: () => void;
  onBack: () => void;
  /** Checklist keys during the call (J/K, X, skip reasons); true when the key was used. */
  onNudgeKey: (key: string) => boolean;
}

/** NPS 10 is typed "1" then "0": a lone "1" waits this long for the "0". */
const NPS_TEN_MS = 700;
const byKey = <T extends string>(map: Record<T, string>, key: string) =>
  (Object.keys(map) as T[]).find((k) => map[k] === key);

/**
 * The panel's single-key commands. During the call: signal keys, Z undo, W wrap-up, N new
 * interaction. In wrap-up: outcome keys, C/S/N pick the survey, digits answer it, Enter finishes,
 * Esc returns. Keys typed into a form field are left alone.
 */
export function useCallKeys(handlers: CallKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    let pendingOne: ReturnType<typeof setTimeout> | undefined;
    const flushOne = () => {
      pendingOne = undefined;
      ref.current.onAnswer('nps', 1);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const h = ref.current;
      const key = event.key.toLowerCase();
      // Enter or Space on a focused button is that button's click, not a panel command.
      if ((key === 'enter' || key === ' ') && target?.closest('button, a')) return;
      let handled = true;
      if (h.mode === 'call') {
        const signal = signalTypeForKey(key);
        if (h.onNudgeKey(key)) handled = true;
        else if (signal) h.onSignal(signal);
        else if (key === 'z') h.onUndo();
        else if (key === 'w') h.onWrapUp();
        else handled = false;
      } else if (h.mode === 'idle') {
        if (key === 'n') h.onStart();
        else handled = false;
      } else {
        const outcome = byKey(OUTCOME_KEYS, key);
        const survey = byKey(SURVEY_KEYS, key);
        const digit = /^[0-9]$/.test(key) ? Number(key) : undefined;
        if (pendingOne && h.survey === 'nps') {
          clearTimeout(pendingOne);
          pendingOne = undefined;
          if (digit === 0) {
            h.onAnswer('nps', 10);
            event.preventDefault();
            return;
          }
          h.onAnswer('nps', 1);
        }
        if (outcome) h.onOutcome(outcome);
        else if (survey) h.onSurvey(survey);
        else if (digit === 1 && h.survey === 'nps') pendingOne = setTimeout(flushOne, NPS_TEN_MS);
        else if (digit !== undefined) h.onAnswer(h.survey, digit);
        else if (key === 'enter') h.onFinish();
        else if (key === 'escape') h.onBack();
        else handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      clearTimeout(pendingOne);
    };
  }, []);
}
