// Long SLA case logs for the thresholdsBetween growth test (test/sla/thresholds-linear.test.ts) and
// benchmark (test/bench/thresholds.mjs), issue 24: deterministic, of
// any length, exercising every kind of history a long case has — notes and contacts that change
// nothing, pause/resume cycles, periodic progress updates, reclassification, agreed deadlines,
// resolve/reopen cycles — under a policy with warnings, levels, maxima, business hours and a periodic clock.

export const LONG_LOG_POLICY = {
  id: 'long-logs',
  name: '长日志测试策略',
  calendar: { name: '客服中心', businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } },
  clocks: [
    {
      name: 'reply',
      start: ['received'],
      stop: ['replied'],
      target: '2小时内',
      warnings: [{ percent: 50 }, { before: '30分钟' }],
      escalation: [{ level: 'supervisor', offset: '0分钟' }, { level: 'manager', offset: '1小时' }],
    },
    {
      name: 'answer',
      start: ['received'],
      stop: ['resolved'],
      agreeable: true,
      limits: [{ when: { urgency: 'high' }, target: '1个工作日内', max: '最长不得超过3个工作日' }],
      target: '5个工作日内',
      max: '最长不得超过7个工作日',
      warnings: [{ percent: 75 }],
      escalation: [{ level: 'supervisor', offset: '0分钟' }, { level: 'director', relativeTo: 'max', offset: '0分钟', deliver: 'next-opening' }],
    },
    { name: 'business', start: ['received'], stop: ['resolved'], target: '4个工作小时内', warnings: [{ percent: 50 }], escalation: [{ level: 'lead', offset: '0分钟' }] },
    { name: 'progress', start: ['received'], stop: ['resolved'], every: '1个工作日', escalation: [{ level: 'lead', offset: '0分钟' }] },
  ],
};

const START = Date.parse('2026-03-02T09:00:00+08:00');

/**
 * A case of `n` events of the given shape, one every `stepMs` (default 7 minutes), starting 2026-03-02 09:00 +08:00.
 * @param {number} n @param {'notes' | 'pauses' | 'mixed'} shape @param {number} [stepMs]
 */
export function longCase(n, shape, stepMs = 7 * 60_000) {
  const events = [{ type: 'received', at: START, attributes: { urgency: 'normal' } }];
  let paused = false;
  let resolved = false;
  for (let i = 1; i < n; i++) {
    const at = START + i * stepMs;
    if (shape === 'notes') events.push({ type: i % 2 ? 'contacted' : 'dispatched', at });
    else if (shape === 'pauses') {
      events.push({ type: paused ? 'resumed' : 'paused', at });
      paused = !paused;
    } else {
      const k = i % 12;
      if (k === 1 || k === 7) {
        events.push({ type: paused ? 'resumed' : 'paused', at });
        paused = !paused;
      } else if (k === 3) events.push({ type: 'progress-updated', at });
      else if (k === 5 && i % 120 === 5) events.push({ type: 'reclassified', at, attributes: { urgency: i % 240 === 5 ? 'high' : 'normal' } });
      else if (k === 9 && i % 96 === 9) events.push({ type: 'deadline-agreed', at, due: at + 3 * 86_400_000 });
      else if (k === 11 && i % 60 === 11) {
        events.push({ type: resolved ? 'reopened' : 'resolved', at });
        resolved = !resolved;
      } else events.push({ type: 'contacted', at });
    }
  }
  return { id: `${shape}-${n}`, events };
}

/**
 * The window covering the whole log: from just before the first event to a day after the last.
 * @param {{ events: { at: number }[] }} c
 */
export function wholeLog(c) {
  const times = c.events.map((e) => e.at);
  return [Math.min(...times) - 1, Math.max(...times) + 86_400_000];
}
