// Deterministic complaint records, one NDJSON line per k (no array held): the distribution of makeRecords in
// test/bench/complaint.mjs (about 16 records per matter, 1 in 5 a consultation, 95 % verified as counted, online
// threads, resolutions, return visits, bad reviews) with real-sized free text, instants as text with an offset, and
// every 50th matter needing no return visit, so repeats within the quiet week reopen complaints (CMP-14).
const DAY = 86_400_000;
const CATS = ['engineering.repair', 'engineering.facilities', 'product.leakage', 'service.attitude', 'service.efficiency', 'security', 'cleaning', 'greening', 'renovation', 'fees', 'environment', 'other'];
const CHANNELS = ['walk-in', 'phone', 'written', 'email', 'online', 'press', 'transferred', 'other'];
const BASE = Date.parse('2026-01-01T00:00:00+08:00');
// An instant as Shanghai wall time with its offset ('2026-03-02T09:00:00+08:00').
const iso = (t) => `${new Date(t + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
// A cheap hash of k (xorshift-multiply), so that line k does not depend on the lines before it.
function rnd(k, salt) {
  let x = (Math.imul(k + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}
function record(k, n) {
  const matters = Math.max(1, Math.floor(n / 16));
  const t = BASE + Math.floor(rnd(k, 1) * 180 * DAY);
  const consult = k % 5 === 4;
  const m = Math.floor(rnd(k, 2) * matters);
  const r = {
    id: `R${k}`,
    recorder: '李敏',
    receivedAt: iso(t),
    channel: CHANNELS[m % 8],
    customer: { id: `C${Math.floor(rnd(k, 3) * 200_000)}`, name: '张先生', contact: '139****1501' },
    unit: `${1 + (m % 9)}-2-${1501 + (k % 7)}`,
    content: '楼上装修噪音，晚上十点后仍在施工，已多次反映未见处理，请尽快安排人员上门查看',
    demand: '尽快处理并回复处理结果',
    kind: consult ? 'consultation' : 'complaint',
    events: [],
  };
  if (consult) r.satisfaction = rnd(k, 4) < 0.92 ? 'satisfied' : 'unsatisfied';
  else {
    r.matter = `M${m}`;
    r.category = CATS[m % CATS.length];
    if (m % 50 === 7) r.needsReturnVisit = false;
    const v = rnd(k, 5);
    if (v < 0.95) r.verification = { counted: true, by: '王主管' };
    else if (v < 0.98) r.verification = { counted: false, by: '王主管' };
    if (m % 20 === 0) r.online = { thread: `T${m}`, followUp: rnd(k, 6) < 0.9, newContent: rnd(k, 7) < 0.02, replies: 3, views: 40 };
    if (rnd(k, 8) < 0.85) {
      r.events.push({ type: 'replied', at: iso(t + 3600_000), by: '赵工' });
      r.events.push({ type: 'resolved', at: iso(t + DAY) });
      if (rnd(k, 9) < 0.8) r.events.push({ type: 'visited', at: iso(t + 2 * DAY), outcome: rnd(k, 10) < 0.9 ? 'satisfied' : 'unsatisfied', by: '赵回访' });
    }
    if (rnd(k, 11) < 0.01) r.badReview = { verifiedAt: iso(t + DAY), rectifiedAt: iso(t + DAY) };
  }
  return r;
}
/** The record of line k (of n) as one NDJSON line. */
const line = (n) => (k) => JSON.stringify(record(k, n));
module.exports = { record, line };
