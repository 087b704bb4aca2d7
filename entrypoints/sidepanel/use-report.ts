import { useCallback } from 'react';
import { useI18n } from '@/components/i18n';
import { isStorageFull } from '@/lib/interactions/storage-full';
import { useSidepanelStore } from './store';

/** Shows a failed action where the agent is looking, in their language when it is a known one. */
export function useReport() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) =>
      useSidepanelStore
        .getState()
        .setCallMessage(
          isStorageFull(error)
            ? t('storageFull')
            : error instanceof Error
              ? error.message
              : String(error),
        ),
    [t],
  );
}
