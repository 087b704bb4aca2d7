import type { ReactNode } from 'react';

/** A quiet status line in the panel (nothing captured, list view, not enabled…). */
export function Notice({
  children,
  tone = 'info',
  testId,
}: {
  children: ReactNode;
  tone?: 'info' | 'error';
  testId?: string;
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
