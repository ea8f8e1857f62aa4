import { printable } from './printable';
import { customerKey, ms, nonNegative, str, type Loose } from './read';

// A record as a summary keeps it for the id check (CMP-20): what counting (CMP-03…07) reads of it, never the free
// text, so that a record counted before a differing version of its id came can be counted again without it. (What
// it gave the metrics is kept as its facts.) Values are kept as counting reads them, JSON-safe.

const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object';

/** Sets `o[k]` to `v` unless `v` is undefined (absent and undefined read the same). */
function put(o: Loose, k: string, v: unknown): void {
  if (v !== undefined) o[k] = v;
}

/**
 * The fields of a record that counting reads, as it reads them: texts only when
 * they are texts, `people` only as a positive whole number, flags only when
 * `true`, the customer as its people key (CMP-05), a received instant that
 * cannot be read kept printable (its issue quotes it).
 */
export function compactRecord(r: Loose): Loose {
  const o: Loose = { id: r.id };
  put(o, 'kind', str(r.kind));
  put(o, 'receivedAt', ms(r.receivedAt) !== undefined ? r.receivedAt : printable(r.receivedAt));
  for (const k of ['matter', 'category', 'impact', 'channel'] as const) put(o, k, str(r[k]));
  for (const k of ['rootCause', 'symptom'] as const) {
    const j = r[k];
    if (isObject(j)) put(o, k, str(j.category) !== undefined ? { category: j.category } : undefined);
  }
  if (typeof r.people === 'number' && Number.isInteger(r.people) && r.people > 0) o.people = r.people;
  const v = r.verification;
  if (isObject(v)) o.verification = typeof v.counted === 'boolean' ? { counted: v.counted } : {};
  const customer = customerKey(r);
  if (customer !== undefined) o.customer = { id: customer };
  const on = r.online;
  if (isObject(on)) {
    const online: Loose = {};
    put(online, 'thread', str(on.thread));
    if (on.followUp === true) online.followUp = true;
    if (on.newContent === true) online.newContent = true;
    online.replies = nonNegative(on.replies);
    online.views = nonNegative(on.views);
    put(online, 'offlineImpact', str(on.offlineImpact));
    o.online = online;
  }
  return o;
}
