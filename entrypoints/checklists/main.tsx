import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { seedDefaultChecklists } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import '@/components/theme.css';
import './style.css';
import { App } from './app';

// The first visit seeds the default pack (an empty table only); rendering waits a moment for it
// so the list does not flash "no checklists". A failed seed still renders the editor.
void seedDefaultChecklists(db)
  .catch(() => 0)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  );
