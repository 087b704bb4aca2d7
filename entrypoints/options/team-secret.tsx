import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useI18n } from '@/components/i18n';
import { db } from '@/lib/db/db';
import { setTeamSecret } from '@/lib/interactions';

/** The team's customer-key secret: the same on every agent, so repeat contacts link team-wide. */
export function TeamSecret() {
  const { t } = useI18n();
  const [secret, setSecret] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const current = useLiveQuery(() => db.keys.orderBy('createdAt').last(), []);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setMessage(t('teamSecretSet', { id: await setTeamSecret(db, secret) }));
      setSecret('');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <form
      className="card"
      onSubmit={(e) => void save(e)}
      aria-labelledby="team-secret-title"
      data-testid="team-secret"
    >
      <h2 id="team-secret-title" className="card__title">
        {t('teamSecret')}
      </h2>
      <p className="footer-status">{t('teamSecretHint')}</p>
      <p className="footer-status" data-testid="current-key">
        {t('currentKey', { id: current?.id ?? '—' })}
      </p>
      <div className="form-row">
        <label htmlFor="team-secret-input">{t('teamSecret')}</label>
        <input
          id="team-secret-input"
          type="password"
          autoComplete="off"
          minLength={16}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      </div>
      <div>
        <button type="submit" className="button">
          {t('save')}
        </button>{' '}
        <span role="status">{message}</span>
      </div>
    </form>
  );
}
