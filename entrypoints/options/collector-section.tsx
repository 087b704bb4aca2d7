import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { OutboxStatus } from '@/components/outbox-status';
import { LOOPBACK_HOSTS } from '@/lib/capture/built-in-sites';
import { db } from '@/lib/db/db';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage, type MessageResults } from '@/lib/messaging';
import { createChecklistsTranslator } from '@/lib/i18n/checklists-translate';
import { updateSettings } from '@/lib/settings';
import { TRAINER_TOKEN_MAX, trainerTokenItem } from '@/lib/settings/trainer-token';
import { useSettings } from '@/lib/settings/use-settings';

type Check = MessageResults['testConnection'];
const PROBLEM_KEYS: Record<NonNullable<Check['problem']>, MessageKey> = {
  'invalid-url': 'connInvalidUrl',
  unreachable: 'connUnreachable',
  unauthorized: 'connUnauthorized',
  forbidden: 'connForbidden',
  unexpected: 'connUnexpected',
};

/** The host permission pattern a collector URL needs; null for loopback (always granted). */
function permissionPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (LOOPBACK_HOSTS.includes(hostname)) return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Asks for the collector's origin. Must run first in a click handler: permissions.request needs
 * the user gesture, which an earlier await would lose.
 */
async function grantOrigin(url: string): Promise<string | null> {
  const pattern = permissionPattern(url);
  if (!pattern) return null;
  return (await browser.permissions.request({ origins: [pattern] })) ? null : pattern;
}

/** The stored trainer token, live (null while loading). */
function useTrainerToken(): string | null {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void trainerTokenItem.getValue().then((value) => alive && setToken(value));
    const unwatch = trainerTokenItem.watch((value) => setToken(value ?? ''));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return token;
}

/**
 * Collector URL, the agent token (event sync) and a trainer token (publishing checklists, issue
 * 11 point 9: one browser holds both), "Test connection", and the sync state (issue 6).
 */
export function CollectorSection() {
  const settings = useSettings();
  const trainerToken = useTrainerToken();
  // Kept here, outside the re-mounted form: a save re-mounts the form, the message stays.
  const [message, setMessage] = useState<Message | null>(null);
  // Re-mounting when the stored values change keeps the draft in step without an effect.
  if (trainerToken === null) return null;
  return (
    <CollectorForm
      key={`${settings.collectorUrl}\n${settings.collectorToken}\n${trainerToken}`}
      storedUrl={settings.collectorUrl}
      storedToken={settings.collectorToken}
      storedTrainerToken={trainerToken}
      message={message}
      setMessage={setMessage}
    />
  );
}

interface Message {
  text: string;
  ok: boolean;
}

function CollectorForm({
  storedUrl,
  storedToken,
  storedTrainerToken,
  message,
  setMessage,
}: {
  storedUrl: string;
  storedToken: string;
  storedTrainerToken: string;
  message: Message | null;
  setMessage: (message: Message | null) => void;
}) {
  const { t, language } = useI18n();
  const ct = createChecklistsTranslator(language);
  const [url, setUrl] = useState(storedUrl);
  const [token, setToken] = useState(storedToken);
  const [trainerToken, setTrainerToken] = useState(storedTrainerToken);
  const [testing, setTesting] = useState(false);
  const dead = useLiveQuery(() => db.deadLetters.orderBy('id').reverse().limit(20).toArray(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const denied = url.trim() ? await grantOrigin(url.trim()) : null;
    if (denied) return setMessage({ text: t('permissionDenied', { origin: denied }), ok: false });
    try {
      await updateSettings({ collectorUrl: url.trim(), collectorToken: token.trim() });
      await trainerTokenItem.setValue(trainerToken.trim());
      setMessage({ text: t('saved'), ok: true });
      void sendMessage('requestSync', { force: true }).catch(() => undefined);
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    }
  };
  const test = async () => {
    const denied = await grantOrigin(url.trim());
    if (denied) return setMessage({ text: t('permissionDenied', { origin: denied }), ok: false });
    setTesting(true);
    try {
      const check = await sendMessage('testConnection', { url: url.trim(), token: token.trim() });
      setMessage(
        check.ok
          ? { text: t('connectionOk'), ok: true }
          : {
              text: t(PROBLEM_KEYS[check.problem ?? 'unexpected'], { detail: check.detail }),
              ok: false,
            },
      );
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setTesting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="collector-title" data-testid="collector-section">
      <h2 id="collector-title" className="card__title">
        {t('collectorTitle')}
      </h2>
      <form onSubmit={(e) => void save(e)}>
        <div className="form-row">
          <label htmlFor="collector-url">{t('collectorUrl')}</label>
          <input
            id="collector-url"
            type="url"
            placeholder="https://collector.example.com/"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            data-testid="collector-url"
          />
        </div>
        <div className="form-row">
          <label htmlFor="collector-token">{ct('settingsAgentToken')}</label>
          <input
            id="collector-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            data-testid="collector-token"
          />
        </div>
        <div className="form-row">
          <label htmlFor="trainer-token">{ct('settingsTrainerToken')}</label>
          <input
            id="trainer-token"
            type="password"
            autoComplete="off"
            maxLength={TRAINER_TOKEN_MAX}
            aria-describedby="trainer-token-hint"
            value={trainerToken}
            onChange={(e) => setTrainerToken(e.target.value)}
            data-testid="trainer-token"
          />
          <p id="trainer-token-hint" className="hint">
            {ct('settingsTrainerTokenHint')}
          </p>
        </div>
        <div className="choice-row">
          <button type="submit" className="button button--primary" data-testid="collector-save">
            {t('save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={testing || !url.trim()}
            onClick={() => void test()}
            data-testid="test-connection"
          >
            {testing ? t('testingConnection') : t('testConnection')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void sendMessage('requestSync', { force: true }).catch(() => undefined)}
            data-testid="sync-now"
          >
            {t('syncNow')}
          </button>
        </div>
        {message && (
          <p
            role="status"
            className={message.ok ? 'footer-status' : 'notice__error'}
            data-testid="collector-message"
          >
            {message.text}
          </p>
        )}
      </form>
      <OutboxStatus />
      {dead && dead.length > 0 && (
        <div data-testid="dead-letters">
          <ul className="notice__error">
            {dead.map((d) => (
              <li key={d.id}>
                {new Date(d.rejectedAt).toLocaleString(language)} — {d.message}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => void sendMessage('retryDeadLetters', {}).catch(() => undefined)}
          >
            {t('retryDeadLetters')}
          </button>
        </div>
      )}
    </section>
  );
}
