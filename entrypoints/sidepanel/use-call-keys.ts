import { useEffect, useRef } from 'react';
import { OUTCOME_KEYS, SURVEY_KEYS } from './wrap-up';
import type { Survey } from '@/lib/interactions/events';
import { signalTypeForKey, type Outcome, type SignalType } from '@/lib/signals';

export interface CallKeyHandlers {
  /** `pending`: a customer on screen and no call yet; acting on it starts one. */
  mode: 'call' | 'wrapup' | 'pending' | 'idle';
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
  onHelp: () => void;
}

/** NPS 10 is typed "1" then "0": a lone "1" waits this long for the "0". */
const NPS_TEN_MS = 700;
const byKey = <T extends string>(map: Record<T, string>, key: string) =>
  (Object.keys(map) as T[]).find((k) => map[k] === key);

/**
 * Whether a key event belongs to a text field (left alone). A focused select is not one: after the
 * agent picks a reason with the mouse, letters must still be panel commands, never change it.
 */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, [contenteditable="true"]') !== null
  );
}

/** Focus leaves a select once used, so the next key is a panel command (see isTyping). */
export function releaseSelect(target: EventTarget | null): void {
  if (target instanceof HTMLSelectElement) target.blur();
}

/**
 * The panel's single-key commands. During the call (or on a customer not yet in a call, where
 * acting starts the call): signal keys, Z undo, W wrap-up, N start. In wrap-up: outcome keys,
 * C/S/N pick the survey, digits answer it, Enter finishes, Esc returns. ? lists the keys.
 * Keys typed into a text field are left alone.
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
      if (isTyping(target)) return;
      const h = ref.current;
      const key = event.key.toLowerCase();
      // Enter, Space and arrows on a focused control are that control's own.
      if (['enter', ' '].includes(key) && target?.closest('button, a, select')) return;
      if (key.startsWith('arrow') || key === 'tab') return;
      let handled = true;
      if (key === '?') h.onHelp();
      else if (h.mode === 'call') {
        const signal = signalTypeForKey(key);
        if (h.onNudgeKey(key)) handled = true;
        else if (signal) h.onSignal(signal);
        else if (key === 'z') h.onUndo();
        else if (key === 'w') h.onWrapUp();
        else handled = false;
      } else if (h.mode === 'pending') {
        const signal = signalTypeForKey(key);
        if (signal) h.onSignal(signal);
        else if (key === 'n') h.onStart();
        else if (key === 'w') h.onWrapUp();
        else handled = false;
      } else if (h.mode === 'idle') {
        handled = false;
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
      if (handled) {
        event.preventDefault();
        releaseSelect(target);
      }
    };
    // Capture phase: a focused select must not see the letter first.
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      clearTimeout(pendingOne);
    };
  }, []);
}
