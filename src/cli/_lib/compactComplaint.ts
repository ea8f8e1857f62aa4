import { canonical } from '../../complaint/_lib/canonical';
import { customerKey, type Loose } from '../../complaint/_lib/read';

/**
 * What `check-complaints` keeps of a record once it has been validated: only
 * the fields counting (CMP-03…07), closure (CMP-14, CMP-15) and the metrics
 * (CMP-19, and the SLA clocks with `--policy`) read — never the free text
 * (content, demand, recorder, unit, names, contacts …). The library functions
 * then run on these compact records and give the answers they give on the
 * whole ones (test/ci/complaints-lean.test.ts compares them on every format).
 *
 * - `customer` becomes `{ id: <the people key> }` (id, else contact, else name + unit: CMP-05);
 * - events that closure does not read (and, without a policy, the SLA reads
 *   none) become `null`, so the indices in issue paths stay the record's own;
 * - `withSla`: the SLA event fields and `complexity`/`urgency` are kept.
 */
export function compactComplaint(r: unknown, withSla: boolean): unknown {
  if (r === null || typeof r !== 'object') return r;
  if (Array.isArray(r)) return [];
  const x = r as Loose;
  const o: Loose = {};
  if (x.id !== undefined) o.id = x.id;
  for (const k of FLAT) if (x[k] !== undefined) o[k] = x[k];
  if (withSla) for (const k of SLA_FLAT) if (x[k] !== undefined) o[k] = x[k];
  const rc = x.rootCause as Loose | undefined;
  if (rc && typeof rc === 'object' && rc.category !== undefined) o.rootCause = { category: rc.category };
  const sy = x.symptom as Loose | undefined;
  if (sy && typeof sy === 'object' && sy.category !== undefined) o.symptom = { category: sy.category };
  const v = x.verification as Loose | undefined;
  if (v !== null && typeof v === 'object') o.verification = v.counted === undefined ? {} : { counted: v.counted };
  else if (v !== undefined) o.verification = v;
  const ck = customerKey(x);
  if (ck !== undefined) o.customer = { id: ck };
  const on = x.online as Loose | undefined;
  if (on !== null && typeof on === 'object') o.online = pick(on, ONLINE);
  const br = x.badReview as Loose | undefined;
  if (br !== null && typeof br === 'object') o.badReview = pick(br, BAD_REVIEW);
  if (Array.isArray(x.events)) {
    const evs = x.events as unknown[];
    const out: unknown[] = new Array(evs.length);
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i] as Loose;
      if (e === null || typeof e !== 'object') out[i] = null;
      else if (withSla) out[i] = pick(e, SLA_EVENT);
      else out[i] = e.type === 'resolved' || e.type === 'visited' || e.type === 'reopened' ? pick(e, STATUS_EVENT) : null;
    }
    o.events = out;
  }
  return o;
}

const FLAT = ['kind', 'receivedAt', 'matter', 'category', 'channel', 'people', 'impact', 'needsReturnVisit', 'satisfaction'] as const;
const SLA_FLAT = ['complexity', 'urgency'] as const;
const ONLINE = ['thread', 'followUp', 'newContent', 'replies', 'views', 'offlineImpact'] as const;
const BAD_REVIEW = ['verifiedAt', 'rectifiedAt'] as const;
const STATUS_EVENT = ['type', 'at', 'outcome'] as const;
const SLA_EVENT = ['type', 'at', 'outcome', 'clock', 'attributes', 'due', 'reason'] as const;

function pick(x: Loose, keys: readonly string[]): Loose {
  const o: Loose = {};
  for (const k of keys) if (x[k] !== undefined) o[k] = x[k];
  return o;
}

/**
 * A 52-bit hash of the record's canonical form (sorted keys, as the library's
 * `canonical` text, without building that text): two versions of one id are
 * told identical (CMP-20: a warning, the copy dropped) or not (an error, every
 * version left out) as the library does on whole records, without keeping
 * them. Two FNV-1a lanes over a tagged, length-prefixed walk (unambiguous).
 */
export function recordHash(r: unknown): number {
  const h = { a: 0x811c9dc5 | 0, b: 0x5bd1e995 ^ 0x01000193 };
  walk(r, h);
  return (h.a >>> 0) * 0x100000 + ((h.b >>> 0) & 0xfffff);
}

type Lanes = { a: number; b: number };
function feed(h: Lanes, c: number): void {
  h.a = Math.imul(h.a ^ c, 0x01000193);
  h.b = Math.imul(h.b ^ c, 0x5bd1e995) ^ (h.b >>> 15);
}
function text(h: Lanes, s: string): void {
  feed(h, s.length);
  for (let k = 0; k < s.length; k++) feed(h, s.charCodeAt(k));
}
function walk(v: unknown, h: Lanes): void {
  if (typeof v === 'string') {
    feed(h, 1);
    text(h, v);
  } else if (typeof v === 'number') {
    feed(h, 2);
    text(h, JSON.stringify(v)); // as canonical writes it (-0 as 0, NaN as null)
  } else if (v === true || v === false) feed(h, v ? 3 : 4);
  else if (v === null) feed(h, 5);
  else if (v instanceof Date || typeof v !== 'object') {
    feed(h, 8);
    text(h, canonical(v));
  } else if (Array.isArray(v)) {
    feed(h, 6);
    feed(h, v.length);
    for (const x of v) walk(x, h);
  } else {
    const o = v as Loose;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    feed(h, 7);
    feed(h, keys.length);
    for (const k of keys) {
      text(h, k);
      walk(o[k], h);
    }
  }
}
