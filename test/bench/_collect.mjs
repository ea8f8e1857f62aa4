// Shared by the benchmarks that time calls over a large heap (complaint, sla).
const cell = new Int32Array(new SharedArrayBuffer(4));
/**
 * A full collection (node --expose-gc), then idle until the collector's helper threads are: after
 * gc() they sweep the heap (≈ 700 MB with a million records) for 130–320 ms of CPU (measured in
 * 50 ms steps), and on one core that sweeping would be charged to whichever call is timed next — the harness's own
 * collection, not the call's. A full collection the timed call itself causes is still timed.
 * @returns the CPU milliseconds the helpers used while we waited
 */
export function collect() {
  globalThis.gc?.();
  let swept = 0;
  for (let i = 0; i < 100; i++) {
    const c0 = process.cpuUsage();
    Atomics.wait(cell, 0, 0, 20);
    const c = process.cpuUsage(c0);
    swept += (c.user + c.system) / 1000;
    if (c.user + c.system < 2000) break;
  }
  return swept;
}
