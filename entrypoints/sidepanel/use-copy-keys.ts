import { useEffect } from 'react';
import type { CapturedFieldData } from '@/lib/tabs/tab-context';
import { isTyping, releaseSelect } from './use-call-keys';

/** Digits 1–9 copy the nth captured field while the panel has focus (not while typing). */
export function useCopyKeys(
  fields: readonly CapturedFieldData[],
  copy: (f: CapturedFieldData) => void,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const index = Number(event.key) - 1;
      const field = Number.isInteger(index) && index >= 0 ? fields[index] : undefined;
      if (!field) return;
      event.preventDefault();
      releaseSelect(event.target);
      copy(field);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [fields, copy]);
}
