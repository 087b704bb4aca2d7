import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { OutboxStatus } from '@/components/outbox-status';
import { db } from '@/lib/db/db';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage, type MessageResults } from '@/lib/messaging';
import { updateSettings } from '@/lib/settings';
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
    if (hostname === '127.0.0.1' || hostname === 'localhost') return null;
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

/** Collector URL and token, "Test connection", and the sync state (issue 6). */
export function CollectorSection() {
  const settings = useSettings();
  // Kept here, outside the re-mounted form: a save re-mounts the form, the message stays.
  const [message, setMessage] = useState<Message | null>(null);
  // Re-mounting when the stored values change keeps the draft in step without an effect.
  return (
    <CollectorForm
      key={`${settings.collectorUrl}\n${settings.collectorToken}`}
      storedUrl={settings.collectorUrl}
      storedToken={settings.collectorToken}
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
  message,
  setMessage,
}: {
  storedUrl: string;
  storedToken: string;
  message: Message | null;
  setMessage: (message: Message | null) => void;
}) {
  const { t, language } = useI18n();
  const [url, setUrl] = useState(storedUrl);
  const [token, setToken] = useState(storedToken);
  const [testing, setTesting] = useState(false);
  const dead = useLiveQuery(() => db.deadLetters.orderBy('id').reverse().limit(20).toArray(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const denied = url.trim() ? await grantOrigin(url.trim()) : null;
    if (denied) return setMessage({ text: t('permissionDenied', { origin: denied }), ok: false });
    try {
      await updateSettings({ collectorUrl: url.trim(), collectorToken: token.trim() });
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
          <label htmlFor="collector-token">{t('collectorToken')}</label>
          <input
            id="collector-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            data-testid="collector-token"
          />
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
