import {
  isIncomplete,
  type ConditionResult,
  type LeafCondition,
  type TriggerCondition,
} from '@/lib/checklists';
import { FIELD_KEYS } from '@/lib/capture/types';
import { SIGNAL_TYPES, type SignalType } from '@/lib/signals/taxonomy';
import { KIND_LABEL, kindOf, signalWords, type NodeKind } from '@/lib/checklists/words';
import { useT, useWords } from './use-t';

const GROUP_KINDS = ['all', 'any', 'not'] as const;
const LEAF_KINDS = [
  'field',
  'category',
  'pageText',
  'url',
  'repeatContact',
  'signal',
  'always',
] as const;

const childrenOf = (node: TriggerCondition): TriggerCondition[] =>
  'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : [node];

/** A fresh leaf of a type, with the values it needs left blank for the trainer. */
function defaultLeaf(type: LeafCondition['type']): LeafCondition {
  switch (type) {
    case 'field':
      return { type, key: 'accountNumber', op: 'present' };
    case 'category':
      return { type, anyOf: [] };
    case 'pageText':
    case 'url':
      return { type, op: 'contains', value: '' };
    case 'signal':
      return { type, signal: 'transfer' };
    default:
      return { type };
  }
}

/**
 * Changing a node's kind keeps what it can: a leaf becomes the first child of a new group, a
 * group keeps its children when it flips between all/any, `not` wraps the current node.
 */
function convert(node: TriggerCondition, kind: NodeKind): TriggerCondition {
  const current = kindOf(node);
  if (kind === current) return node;
  const children = childrenOf(node);
  if (kind === 'all' || kind === 'any') {
    const kept = current === 'not' || current === 'all' || current === 'any' ? children : [node];
    return kind === 'all' ? { all: kept } : { any: kept };
  }
  if (kind === 'not') return { not: node };
  return defaultLeaf(kind);
}

interface NodeProps {
  node: TriggerCondition;
  path: string;
  depth: number;
  results: ReadonlyMap<string, ConditionResult>;
  onChange: (node: TriggerCondition) => void;
  onRemove?: () => void;
}

/** One node of the trigger tree: its kind, its values or children, and the tester's verdict. */
export function TriggerNode({ node, path, depth, results, onChange, onRemove }: NodeProps) {
  const t = useT();
  const kind = kindOf(node);
  // '$.triggers.any[0]' → 'cond-root-any-0'
  const testId = `cond-${path
    .replace(/^\$\.triggers/, 'root')
    .replace(/[^\w]+/g, '-')
    .replace(/-$/, '')}`;
  const kindSelect = (
    <select
      aria-label={t('conditionType')}
      data-testid={`${testId}-kind`}
      value={kind}
      onChange={(e) => onChange(convert(node, e.target.value as NodeKind))}
    >
      <optgroup label={t('groupConditions')}>
        {GROUP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_LABEL[k])}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('leafConditions')}>
        {LEAF_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_LABEL[k])}
          </option>
        ))}
      </optgroup>
    </select>
  );
  const remove = onRemove && (
    <button
      type="button"
      className="icon-button icon-button--danger"
      aria-label={t('removeCondition')}
      data-testid={`${testId}-remove`}
      onClick={onRemove}
    >
      ×
    </button>
  );

  if ('all' in node || 'any' in node || 'not' in node) {
    const key = 'all' in node ? 'all' : 'any' in node ? 'any' : 'not';
    const children = childrenOf(node);
    const childPath = (i: number) => (key === 'not' ? `${path}.not` : `${path}.${key}[${i}]`);
    const setChildren = (next: TriggerCondition[]) =>
      onChange(
        key === 'not'
          ? { not: next[0] ?? { type: 'always' } }
          : ({ [key]: next } as TriggerCondition),
      );
    return (
      <div className="ce-cond ce-cond--group" data-testid={testId}>
        <div className="ce-cond__row">
          {kindSelect}
          {remove}
        </div>
        <ul className="ce-cond__children">
          {children.map((child, i) => (
            <li key={i}>
              <TriggerNode
                node={child}
                path={childPath(i)}
                depth={depth + 1}
                results={results}
                onChange={(c) => setChildren(children.map((x, j) => (j === i ? c : x)))}
                onRemove={
                  key !== 'not' && children.length > 1
                    ? () => setChildren(children.filter((_, j) => j !== i))
                    : undefined
                }
              />
            </li>
          ))}
        </ul>
        {key !== 'not' && (
          <button
            type="button"
            className="link-button ce-cond__add"
            data-testid={`${testId}-add`}
            onClick={() => setChildren([...children, defaultLeaf('pageText')])}
          >
            + {t('addCondition')}
          </button>
        )}
      </div>
    );
  }

  const result = results.get(path);
  return (
    <div className="ce-cond ce-cond--leaf" data-testid={testId}>
      <div className="ce-cond__row">
        {kindSelect}
        <LeafFields node={node} testId={testId} onChange={onChange} />
        {result && isIncomplete(node) && (
          // Issue 11, point 9: an empty condition says so, never "matches".
          <span
            className="ce-verdict is-incomplete"
            data-testid={`${testId}-verdict`}
            data-matched={false}
            data-incomplete
          >
            {t('conditionIncomplete')}
          </span>
        )}
        {result && !isIncomplete(node) && (
          <span
            className={`ce-verdict ${result.matched ? 'is-match' : 'is-miss'}`}
            data-testid={`${testId}-verdict`}
            data-matched={result.matched}
          >
            {result.matched ? `✓ ${t('matched')}` : `✗ ${t('notMatched')}`}
            {result.negated && ` (${t('negatedHint')})`}
          </span>
        )}
        {remove}
      </div>
    </div>
  );
}

function LeafFields({
  node,
  testId,
  onChange,
}: {
  node: LeafCondition;
  testId: string;
  onChange: (node: LeafCondition) => void;
}) {
  const t = useT();
  const words = useWords();
  switch (node.type) {
    case 'field':
      return (
        <>
          <input
            aria-label={t('fieldKey')}
            data-testid={`${testId}-key`}
            list="ce-field-keys"
            className="ce-cond__key"
            value={node.key}
            onChange={(e) => onChange({ ...node, key: e.target.value })}
          />
          <datalist id="ce-field-keys">
            {FIELD_KEYS.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
          <select
            aria-label={t('operator')}
            data-testid={`${testId}-op`}
            value={node.op}
            onChange={(e) => {
              const op = e.target.value as typeof node.op;
              onChange(
                op === 'present'
                  ? { type: 'field', key: node.key, op }
                  : { ...node, op, value: node.value ?? '' },
              );
            }}
          >
            <option value="present">{t('opPresent')}</option>
            <option value="equals">{t('opEquals')}</option>
            <option value="matches">{t('opMatches')}</option>
          </select>
          {node.op !== 'present' && (
            <input
              aria-label={t('value')}
              data-testid={`${testId}-value`}
              value={node.value ?? ''}
              onChange={(e) => onChange({ ...node, value: e.target.value })}
            />
          )}
        </>
      );
    case 'category':
      return (
        <input
          aria-label={t('categoryTerms')}
          placeholder={t('categoryTerms')}
          data-testid={`${testId}-terms`}
          className="ce-cond__wide"
          value={node.anyOf.join(',')}
          onChange={(e) => onChange({ ...node, anyOf: e.target.value.split(',') })}
        />
      );
    case 'pageText':
    case 'url':
      return (
        <>
          <select
            aria-label={t('operator')}
            data-testid={`${testId}-op`}
            value={node.op}
            onChange={(e) => onChange({ ...node, op: e.target.value as typeof node.op })}
          >
            <option value="contains">{t('opContains')}</option>
            <option value="matches">{t('opMatches')}</option>
          </select>
          <input
            aria-label={t('value')}
            data-testid={`${testId}-value`}
            className="ce-cond__wide"
            value={node.value}
            onChange={(e) => onChange({ ...node, value: e.target.value })}
          />
        </>
      );
    case 'signal':
      return (
        <select
          aria-label={t('signal')}
          data-testid={`${testId}-signal`}
          value={node.signal}
          onChange={(e) => onChange({ ...node, signal: e.target.value as SignalType })}
        >
          {SIGNAL_TYPES.map((signal) => (
            <option key={signal} value={signal}>
              {signalWords(signal, words)}
            </option>
          ))}
        </select>
      );
    default:
      return null;
  }
}
