// The complaint benchmark's records (test/bench/complaint.mjs), apart so that tests can use them without a build.
const DAY = 86_400_000;
const CATS = ['engineering.repair', 'engineering.facilities', 'product.leakage', 'service.attitude', 'service.efficiency', 'security', 'cleaning', 'greening', 'renovation', 'fees', 'environment', 'other'];
const CHANNELS = ['walk-in', 'phone', 'written', 'email', 'online', 'press', 'transferred', 'other'];

/** Deterministic records: instants as Date objects (as the SLA bench does); about 16 records per matter. */
export function makeRecords(n, { matters = Math.max(1, Math.floor(n / 16)) } = {}) {
  const base = Date.parse('2026-01-01T00:00:00+08:00');
  const out = new Array(n);
  let x = 42;
  const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < n; i++) {
    const t = base + Math.floor(rnd() * 180 * DAY);
    const consult = i % 5 === 4;
    const m = Math.floor(rnd() * matters);
    const r = {
      id: `R${i}`,
      recorder: 'r',
      receivedAt: new Date(t),
      channel: CHANNELS[m % 8],
      customer: { id: `C${Math.floor(rnd() * 200_000)}` },
      unit: 'u',
      content: 'c',
      demand: 'd',
      kind: consult ? 'consultation' : 'complaint',
      events: [],
    };
    if (consult) {
      r.satisfaction = rnd() < 0.92 ? 'satisfied' : 'unsatisfied';
    } else {
      r.matter = `M${m}`;
      r.category = CATS[m % CATS.length];
      const v = rnd();
      if (v < 0.95) r.verification = { counted: true, by: 'w' };
      else if (v < 0.98) r.verification = { counted: false, by: 'w' };
      if (m % 20 === 0) r.online = { thread: `T${m}`, followUp: rnd() < 0.9, newContent: rnd() < 0.02, replies: 3 };
      if (rnd() < 0.85) {
        r.events.push({ type: 'resolved', at: new Date(t + DAY) });
        if (rnd() < 0.8) r.events.push({ type: 'visited', at: new Date(t + 2 * DAY), outcome: rnd() < 0.9 ? 'satisfied' : 'unsatisfied' });
      }
      if (rnd() < 0.01) r.badReview = { verifiedAt: new Date(t + DAY), rectifiedAt: new Date(t + DAY) };
    }
    out[i] = r;
  }
  return out;
}

