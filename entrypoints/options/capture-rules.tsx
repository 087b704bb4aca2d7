import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/i18n';
import { FIELD_KEYS, type FieldKey } from '@/lib/capture/types';
import {
  captureRulesItem,
  removeRule,
  saveRule,
  type UserRule,
} from '@/lib/settings/capture-rules';

/** A selector has CSS punctuation; anything else is taken as the label text shown beside the value. */
const looksLikeSelector = (text: string) => /[#.[\]>:]/.test(text);

/** Per-origin capture rules (CSS selector or label text → field), including the learnt ones. */
export function CaptureRules() {
  const { t } = useI18n();
  const [rules, setRules] = useState<Record<string, UserRule[]>>({});
  const [origin, setOrigin] = useState('');
  const [key, setKey] = useState<FieldKey>('accountNumber');
  const [where, setWhere] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void captureRulesItem.getValue().then(setRules);
    return captureRulesItem.watch(setRules);
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const clean = new URL(origin.trim()).origin;
      const text = where.trim();
      await saveRule(
        clean,
        looksLikeSelector(text) ? { key, selector: text } : { key, label: text },
      );
      setWhere('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const entries = Object.entries(rules);
  return (
    <section className="card" aria-labelledby="rules-title" data-testid="capture-rules">
      <h2 id="rules-title" className="card__title">
        {t('captureRules')}
      </h2>
      <p className="footer-status">{t('captureRulesHint')}</p>
      {entries.length === 0 && <p className="footer-status">{t('noRules')}</p>}
      <ul className="site-list">
        {entries.flatMap(([o, list]) =>
          list.map((rule, i) => (
            <li key={`${o}-${i}`}>
              <span>
                <strong>{o}</strong> · {rule.selector ?? `“${rule.label}”`} → {t(rule.key)}
              </span>
              <button type="button" className="button" onClick={() => void removeRule(o, i)}>
                {t('remove')}
              </button>
            </li>
          )),
        )}
      </ul>
      <form className="rule-form" onSubmit={(e) => void add(e)}>
        <div className="form-row">
          <label htmlFor="rule-origin">{t('origin')}</label>
          <input
            id="rule-origin"
            placeholder="https://crm.example.com"
            value={origin}
            onChange={(e) => setOrigin(e.target.value)}
            required
          />
        </div>
        <div className="form-row">
          <label htmlFor="rule-where">{t('selectorOrLabel')}</label>
          <input
            id="rule-where"
            value={where}
            onChange={(e) => setWhere(e.target.value)}
            required
          />
        </div>
        <div className="form-row">
          <label htmlFor="rule-key">{t('fieldKey')}</label>
          <select id="rule-key" value={key} onChange={(e) => setKey(e.target.value as FieldKey)}>
            {FIELD_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button">
            {t('addRule')}
          </button>
        </div>
        {error && <p className="notice__error">{error}</p>}
      </form>
    </section>
  );
}
