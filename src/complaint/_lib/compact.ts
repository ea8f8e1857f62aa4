import { customerKey, type Loose } from './read';

// A record as a summary keeps it for the id check (CMP-20): only the fields counting, closure and the metrics
// read, never the free text — so that a record counted before a differing version of its id came can be taken back.

const FLAT = ['id', 'kind', 'receivedAt', 'matter', 'category', 'channel', 'people', 'impact', 'needsReturnVisit', 'satisfaction'] as const;
const SLA_FLAT = ['complexity', 'urgency'] as const;
const ONLINE = ['thread', 'followUp', 'newContent', 'replies', 'views', 'offlineImpact'] as const;
const BAD_REVIEW = ['verifiedAt', 'rectifiedAt'] as const;
const STATUS_EVENT = ['type', 'at', 'outcome'] as const;
const SLA_EVENT = ['type', 'at', 'outcome', 'clock', 'attributes', 'due', 'reason'] as const;

const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object';

function pick(x: Loose, keys: readonly string[]): Loose {
  const o: Loose = {};
  for (const k of keys) if (x[k] !== undefined) o[k] = x[k];
  return o;
}

/**
 * The fields of a record that counting (CMP-03…07), closure (CMP-14) and the
 * metrics (CMP-15, CMP-19; with `withSla`, the SLA clocks) read, in a form
 * they read the same way: the customer becomes its people key (CMP-05), events
 * nothing reads become `null` (issue paths keep the record's own indices).
 */
export function compactRecord(r: Loose, withSla: boolean): Loose {
  const o = pick(r, FLAT);
  if (withSla) Object.assign(o, pick(r, SLA_FLAT));
  for (const k of ['rootCause', 'symptom'] as const) {
    const j = r[k];
    if (isObject(j) && j.category !== undefined) o[k] = { category: j.category };
  }
  const v = r.verification;
  if (isObject(v)) o.verification = v.counted === undefined ? {} : { counted: v.counted };
  else if (v !== undefined) o.verification = v;
  const customer = customerKey(r);
  if (customer !== undefined) o.customer = { id: customer };
  if (isObject(r.online)) o.online = pick(r.online, ONLINE);
  if (isObject(r.badReview)) o.badReview = pick(r.badReview, BAD_REVIEW);
  if (Array.isArray(r.events)) {
    o.events = (r.events as unknown[]).map((e) => {
      if (!isObject(e)) return null;
      if (withSla) return pick(e, SLA_EVENT);
      return e.type === 'resolved' || e.type === 'visited' || e.type === 'reopened' ? pick(e, STATUS_EVENT) : null;
    });
  }
  return o;
}
