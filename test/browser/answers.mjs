// The questions the browser test asks, computed from a guifan module namespace
// (the browser page passes its bundled copy, the Node side passes dist/).
// Plain data out (JSON), so both sides compare byte for byte.

const DATES = ['2005-12-31', '2006-01-02', '2011-06-05', '2024-02-10', '2024-02-18', '2026-01-01', '2026-02-14', '2026-04-05', '2026-10-01', '2026-10-10', '2026-12-31'];
const INSTANTS = ['2026-09-30T15:59:59.999Z', '2026-09-30T16:00:00.000Z', '2026-09-30T20:00-04:00', '2026-12-31T03:30-10:00', '2026-10-07T23:59:59+08:00'];

/** Answers of calendar, deadline and SLA questions, and where the page runs. */
export function answers(g) {
  const out = {};
  const tryIt = (f) => {
    try {
      return f();
    } catch (e) {
      return { error: e && e.code ? e.code : String(e) };
    }
  };
  // calendar (CAL-01, CAL-02)
  out.dayInfo = DATES.map((d) => g.dayInfo(d));
  out.isWorkday = INSTANTS.map((t) => g.isWorkday(t));
  out.civil = INSTANTS.map((t) => g.chinaCalendar().toCivilDate(t));
  out.addWorkdays = DATES.flatMap((d) => [1, 3, -2, 22].map((n) => tryIt(() => g.addWorkdays(d, n))));
  out.addWorkdaysDate = g.addWorkdays(new Date('2026-09-30T15:00:00Z'), 1);
  out.workdaysBetween = [g.workdaysBetween('2025-12-31', '2026-12-31'), g.workdaysBetween('2005-12-30', '2006-01-04'), g.workdaysBetween('2004-01-01', '2026-12-31')];
  out.explain = g.explainAddWorkdays('2005-12-30', 1);
  out.notCovered = tryIt(() => g.isWorkday('2027-01-01'));
  out.statutory2027 = g.statutoryHolidaysOf(2027);
  const ny = g.createCalendar({ timeZone: 'America/New_York' });
  out.newYorkCalendar = [ny.toCivilDate('2026-10-08T02:00+08:00'), ny.isWorkday('2026-10-08T02:00+08:00')];
  const hours = g.createCalendar({ businessHours: { hours: [['09:00', '12:00'], ['13:30', '17:30']] } });
  out.businessTime = [g.addBusinessTime('2026-09-30T16:00+08:00', 120, { calendar: hours }).toISOString(), g.businessTimeBetween('2026-09-30T10:00+08:00', '2026-10-08T10:00+08:00', { calendar: hours })];
  // deadlines (TL-*)
  out.dueAt = [
    g.dueAt('2026-09-30T16:00+08:00', '1个工作日内').toISOString(),
    g.dueAt('2026-10-01T09:00+08:00', { amount: 2, unit: 'hour' }).toISOString(),
    g.dueAt('2005-12-30T10:00+08:00', '1个工作日内').toISOString(),
    g.dueAt(new Date('2026-02-13T02:00:00Z'), '5个工作日').toISOString(),
  ];
  const e = g.explainDue('2026-09-28T10:00+08:00', '三日内');
  out.explainDue = { lastDay: e.lastDay, nominalLastDay: e.nominalLastDay, rules: e.rules, text: e.text, skipped: e.skipped.map((d) => d.date) };
  // SLA (evaluateCase with a preset)
  const r = g.evaluateCase(
    g.PROPERTY_SERVICE_CENTRE,
    { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-09-30T16:00+08:00' }] },
    '2026-10-08T09:00+08:00',
  );
  out.sla = r.clocks.map((c) => ({ name: c.name, state: c.state, due: c.due ?? null }));
  return JSON.parse(JSON.stringify(out));
}

/** Where this runs: the host zone as the runtime sees it. */
export function host() {
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetJan: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), localHour: new Date(Date.UTC(2026, 0, 15, 0)).getHours() };
}
