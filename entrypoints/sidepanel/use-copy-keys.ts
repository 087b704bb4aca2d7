import { useEffect } from 'react';
import type { CapturedFieldData } from '@/lib/tabs/tab-context';

/** Digits 1–9 copy the nth captured field while the panel has focus (not while typing). */
export function useCopyKeys(
  fields: readonly CapturedFieldData[],
  copy: (f: CapturedFieldData) => void,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const index = Number(event.key) - 1;
      const field = Number.isInteger(index) && index >= 0 ? fields[index] : undefined;
      if (!field) return;
      event.preventDefault();
      copy(field);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fields, copy]);
}
