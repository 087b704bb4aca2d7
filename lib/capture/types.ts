/** Keys in the stable order fields are returned in. */
export const FIELD_KEYS = ['accountNumber', 'customerName', 'email', 'phone', 'caseId'] as const;

/** What a captured value is: the customer's identifier, name, contact points, or the current case. */
export type FieldKey = (typeof FIELD_KEYS)[number];

/** One customer field found on the page. */
export interface CapturedField {
  key: FieldKey;
  /** As shown on the page, trimmed. */
  value: string;
  /** The label it was found under, when there was one. */
  label?: string;
  /** 0..1; per key, the right answer should score highest. */
  confidence: number;
  /** How it was found: 'label' | 'rule' | 'url' | 'selection' | 'pattern' | 'header'. */
  source: string;
}

/**
 * A per-CRM or user-defined capture rule. `urlPattern` is a regex source whose first group is the
 * value; `origin` restricts the rule to pages whose URL starts with it.
 */
export interface CaptureRule {
  key: FieldKey;
  selector?: string;
  label?: string;
  urlPattern?: string;
  origin?: string;
}

/** Options shared by the capture entry points. */
export interface CaptureOptions {
  url?: string;
  rules?: CaptureRule[];
  /** Told of every open shadow root read, so a caller can watch it for changes too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** A single customer's record, a list of many customers, or nothing recognisable. */
export type PageKind = 'record' | 'list' | 'empty';

/** Name parts are kept apart until the final pick decides how to combine them. */
export type CandidateKey = FieldKey | 'firstName' | 'lastName' | 'nameOrLast';

/** A possible field before the best one per key is picked. */
export interface Candidate {
  key: CandidateKey;
  value: string;
  label?: string;
  confidence: number;
  source: string;
  el?: Element | null;
}
