import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '@/components/i18n';
import {
  isIncomplete,
  type Evaluation,
  type MatchContext,
  type TriggerCondition,
} from '@/lib/checklists';
import { locationWords } from '@/lib/checklists/locations';
import { KIND_LABEL, conditionWords, signalWords } from '@/lib/checklists/words';
import type { InteractionRow } from '@/lib/db/schema';
import { SIGNAL_TYPES, type SignalType } from '@/lib/signals/taxonomy';
import type { TabContext } from '@/lib/tabs/tab-context';
import { useChecklistsStore } from './store';
import type { PageTextState } from './use-crm-tabs';
import { useT, useWords } from './use-t';

interface Props {
  tabs: TabContext[] | undefined;
  tab: TabContext | undefined;
  pageText: PageTextState;
  interaction: InteractionRow | undefined;
  evaluation: { context: MatchContext; result: Evaluation; rank: number; count: number } | null;
  limit: number;
  /** The tree being tested, to name each condition's kind. */
  triggers: TriggerCondition;
  onReread: () => void;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** "Would it fire on the CRM tab open now?": the tab to test on, the verdict, the context used. */
export function LiveTester({
  tabs,
  tab,
  pageText,
  interaction,
  evaluation,
  limit,
  triggers: candidateTriggers,
  onReread,
}: Props) {
  const t = useT();
  const words = useWords();
  const { language } = useI18n();
  const { simulation, simulate, clearSimulation, setTesterTab } = useChecklistsStore(
    useShallow((s) => ({
      simulation: s.simulation,
      simulate: s.simulate,
      clearSimulation: s.clearSimulation,
      setTesterTab: s.setTesterTab,
    })),
  );
  const simulating = Object.keys(simulation).length > 0;
  const time = (at: number) => new Date(at).toLocaleTimeString(language);

  if (tabs !== undefined && tabs.length === 0) {
    return (
      <section className="ce-tester" aria-labelledby="ce-tester-title" data-testid="tester">
        <h3 id="ce-tester-title">{t('tester')}</h3>
        <p className="ce-hint" data-testid="tester-no-tabs">
          {t('testerNoTabs')}
        </p>
      </section>
    );
  }
  const context = evaluation?.context;
  const matched = evaluation?.result.matched;
  const signals = context?.signals ?? [];
  const toggleSignal = (signal: SignalType) =>
    simulate({
      signals: signals.includes(signal)
        ? signals.filter((s) => s !== signal)
        : [...signals, signal],
    });

  return (
    <section className="ce-tester" aria-labelledby="ce-tester-title" data-testid="tester">
      <div className="ce-tester__head">
        <div>
          <h3 id="ce-tester-title">{t('tester')}</h3>
          <p className="ce-hint">{t('testerHint')}</p>
        </div>
        {evaluation && (
          <div
            className={`ce-tester__verdict ${matched ? 'is-match' : 'is-miss'}`}
            data-testid="tester-verdict"
            data-matched={matched}
            role="status"
          >
            <strong>{matched ? `✓ ${t('wouldFire')}` : `✗ ${t('wouldNotFire')}`}</strong>
            {matched && (
              <span>
                {t('specificity', { n: evaluation.result.specificity })} ·{' '}
                {t('rank', { rank: evaluation.rank, count: evaluation.count, limit })}
              </span>
            )}
          </div>
        )}
      </div>
      <div className="ce-tester__tab">
        <label className="ce-field">
          <span className="ce-field__label">{t('testerTab')}</span>
          <select
            data-testid="tester-tab"
            value={tab?.tabId ?? ''}
            onChange={(e) => setTesterTab(Number(e.target.value))}
          >
            {(tabs ?? []).map((c) => (
              <option key={c.tabId} value={c.tabId}>
                {c.title || hostOf(c.url)} — {hostOf(c.url)} ·{' '}
                {t('testerCaptured', { time: time(c.capturedAt) })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" data-testid="tester-reread" onClick={onReread}>
          {t('testerReread')}
        </button>
      </div>

      {evaluation && (
        <ul className="ce-tester__conditions" data-testid="tester-conditions">
          {evaluation.result.conditions.map((c) => {
            // Issue 11, point 9: an empty condition is "incomplete", never a match.
            const state = isIncomplete(c.condition) ? 'incomplete' : c.matched ? 'match' : 'miss';
            return (
              <li key={c.path} className={`is-${state}`} data-testid="tester-condition">
                <span aria-hidden="true">{{ match: '✓', miss: '✗', incomplete: '…' }[state]}</span>{' '}
                <span>
                  <strong>{locationWords(c.path, words, candidateTriggers)}:</strong>{' '}
                  {state === 'incomplete'
                    ? t(KIND_LABEL[c.condition.type])
                    : conditionWords(c.condition, words)}
                </span>{' '}
                <span className={state === 'incomplete' ? 'ce-hint' : 'visually-hidden'}>
                  {state === 'incomplete'
                    ? `(${t('conditionIncomplete')}: ${t('conditionIncompleteHint')})`
                    : state === 'match'
                      ? t('matched')
                      : t('notMatched')}
                </span>
                {c.negated && <em> ({t('negatedHint')})</em>}
              </li>
            );
          })}
        </ul>
      )}

      <details className="ce-tester__context" open>
        <summary>{t('contextTitle')}</summary>
        <p className="ce-hint">
          {t('ctxSimulateHint')}{' '}
          {simulating && (
            <button
              type="button"
              className="link-button"
              data-testid="sim-reset"
              onClick={clearSimulation}
            >
              {t('ctxReset')}
            </button>
          )}
        </p>
        <dl className="ce-context">
          <dt>{t('ctxUrl')}</dt>
          <dd>
            <code>{context?.url ?? tab?.url}</code>
          </dd>
          <dt>{t('ctxFields')}</dt>
          <dd>
            {context && context.fields.length > 0
              ? context.fields.map((f) => `${f.key}: ${f.value}`).join(' · ')
              : t('none')}
          </dd>
          <dt>{t('ctxPageText')}</dt>
          <dd data-testid="tester-page-text">
            {pageText.status === 'reading'
              ? t('ctxPageTextReading')
              : pageText.text === null
                ? t('ctxPageTextFallback')
                : t('ctxPageTextLive', { count: pageText.text.length })}
          </dd>
          <dt>
            <label htmlFor="ce-sim-category">{t('ctxCategory')}</label>
          </dt>
          <dd>
            <input
              id="ce-sim-category"
              data-testid="sim-category"
              value={simulation.category ?? interaction?.category ?? ''}
              placeholder={t('none')}
              onChange={(e) => simulate({ category: e.target.value })}
            />{' '}
            <span className="ce-hint">
              {simulation.category !== undefined
                ? t('ctxSimulated')
                : interaction
                  ? t('ctxFromInteraction')
                  : t('ctxNoInteraction')}
            </span>
          </dd>
          <dt>
            <label htmlFor="ce-sim-repeat">{t('ctxRepeat')}</label>
          </dt>
          <dd>
            <input
              id="ce-sim-repeat"
              type="checkbox"
              data-testid="sim-repeat"
              checked={context?.repeatContact ?? false}
              onChange={(e) => simulate({ repeatContact: e.target.checked })}
            />
          </dd>
          <dt>{t('ctxSignals')}</dt>
          <dd className="ce-context__signals">
            {SIGNAL_TYPES.map((signal) => (
              <label key={signal} className="ce-chip">
                <input
                  type="checkbox"
                  checked={signals.includes(signal)}
                  onChange={() => toggleSignal(signal)}
                />
                {signalWords(signal, words)}
              </label>
            ))}
          </dd>
        </dl>
      </details>
    </section>
  );
}
