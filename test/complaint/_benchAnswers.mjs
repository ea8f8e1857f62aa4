// The public answers of countComplaints and complaintMetrics on the benchmark's records (test/bench/complaint.mjs),
// as JSON texts and their SHA-256: test/complaint/bench-answers.test.ts compares today's code with the digests the
// code before the issue-28 rewrite gave (recorded once, with that code's build).
import { createHash } from 'node:crypto';
import { makeRecords } from '../bench/_complaintRecords.mjs';

/**
 * The records, and variants that reach the paths the plain records do not: complaints that need no return
 * visit (CMP-14's quiet week and its repeats), follow-up posts without a matter (their thread's matter, CMP-06),
 * identical copies and differing versions of an id (CMP-20), a record that is not an object.
 */
export function benchRecords(n = 20_000) {
  const plain = makeRecords(n);
  const variant = makeRecords(n).map((r, i) => {
    if (r.kind !== 'complaint') return r;
    const x = { ...r };
    if (i % 7 === 3) {
      x.needsReturnVisit = false;
      // Some repeats come after completion, some after the quiet week: both outcomes occur.
      if (i % 14 === 3) x.events = [{ type: 'resolved', at: new Date(r.receivedAt.getTime() - 3 * 86_400_000) }];
    }
    if (x.online && x.online.followUp && i % 3 === 0) delete x.matter;
    if (i % 97 === 5) x.events = [...r.events, { type: 'visited', at: new Date(r.receivedAt.getTime() + 3 * 86_400_000) }];
    if (i % 89 === 7) x.receivedAt = '2026-03-02T09:00';
    return x;
  });
  variant.push(structuredClone(variant[3]), structuredClone(variant[100]), { ...variant[5], content: 'another version' }, null);
  return { plain, variant };
}

/** The answers, by name, as JSON text (Dates as ISO text, key order as the functions write it). */
export function benchAnswers(api, n = 20_000) {
  const { countComplaints, complaintMetrics, PROPERTY_SERVICE_CENTRE } = api;
  const { plain, variant } = benchRecords(n);
  const half = { from: '2026-02-01', to: '2026-03-31', at: '2026-03-20T12:00+08:00', precision: 2 };
  const answers = {
    'count records': countComplaints(plain),
    'count counts trust': countComplaints(plain, { detail: 'counts', ids: 'trust' }),
    'metrics': complaintMetrics(plain, { from: '2026-01-01', to: '2026-06-30' }),
    'metrics policy': complaintMetrics(plain, { ...half, policy: PROPERTY_SERVICE_CENTRE }),
    'variant count records': countComplaints(variant),
    'variant count counts': countComplaints(variant, { detail: 'counts' }),
    'variant metrics': complaintMetrics(variant, { from: '2026-01-01', to: '2026-06-30' }),
    'variant metrics half': complaintMetrics(variant, half),
  };
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** SHA-256 (hex) of each answer's JSON text. */
export function benchDigests(api, n = 20_000) {
  return Object.fromEntries(Object.entries(benchAnswers(api, n)).map(([k, v]) => [k, createHash('sha256').update(v).digest('hex')]));
}
