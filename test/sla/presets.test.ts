import { describe, expect, it } from 'vitest';
import {
  AFTER_SALES,
  evaluateCase,
  HOSPITAL,
  PROPERTY_RECEPTION,
  PROPERTY_SERVICE_CENTRE,
  REAL_ESTATE_CALL_CENTRE,
  UTILITY_FEE_CENTRE,
  validatePolicy,
  type CaseEvaluation,
  type SlaCase,
} from '../../src/index';

const clock = (r: CaseEvaluation, name: string) => {
  const c = r.clocks.find((x) => x.name === name);
  if (!c) throw new Error(`no clock ${name} (have ${r.clocks.map((x) => x.name).join(', ')})`);
  return c;
};
const iso = (d: Date | undefined) => d?.toISOString();
const sh = (local: string) => `${local}+08:00`;

describe('presets are valid data', () => {
  it('ESC-04 every preset validates and survives a JSON round trip', () => {
    for (const p of [PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE, UTILITY_FEE_CENTRE, PROPERTY_RECEPTION, HOSPITAL, AFTER_SALES]) {
      expect(validatePolicy(p), p.id).toMatchObject({ success: true });
      expect(validatePolicy(JSON.parse(JSON.stringify(p))).success).toBe(true);
    }
  });
});

describe('CMP-08 property service centre (004 篇2)', () => {
  const general: SlaCase = {
    attributes: { kind: 'complaint', complexity: 'general' },
    events: [
      { type: 'received', at: sh('2026-09-30T16:00') },
      { type: 'replied', at: sh('2026-09-30T17:30') },
    ],
  };
  it('CMP-08 a general complaint received before 国庆节: reply met within 2 h; answer due end of 10-08, max end of 10-10', () => {
    const r = evaluateCase(PROPERTY_SERVICE_CENTRE, general, sh('2026-10-08T09:00'));
    expect(clock(r, 'complaint-reply')).toMatchObject({ state: 'met' });
    const a = clock(r, 'complaint-answer');
    expect(a.state).toBe('running');
    expect(iso(a.due)).toBe('2026-10-08T16:00:00.000Z');
    expect(iso(a.max)).toBe('2026-10-10T16:00:00.000Z');
    expect(iso(a.nextChangeAt)).toBe('2026-10-08T16:00:00.001Z');
    expect(r.notApplicable).toEqual(['consultation', 'query']);
  });
  it('ESC-04 past the target the supervisor is reached; past the maximum the manager', () => {
    const late = evaluateCase(PROPERTY_SERVICE_CENTRE, general, sh('2026-10-09T10:00'));
    expect(clock(late, 'complaint-answer')).toMatchObject({ state: 'breached', level: 'supervisor', overMax: false });
    const later = evaluateCase(PROPERTY_SERVICE_CENTRE, general, sh('2026-10-12T09:00'));
    expect(clock(later, 'complaint-answer')).toMatchObject({ state: 'breached', level: 'manager', overMax: true });
  });
  it('CMP-08 reclassified general → complex keeps the elapsed time and takes 5 → 7 working days', () => {
    const r = evaluateCase(
      PROPERTY_SERVICE_CENTRE,
      { ...general, events: [...general.events, { type: 'reclassified', at: sh('2026-10-08T10:00'), attributes: { complexity: 'complex' } }] },
      sh('2026-10-09T10:00'),
    );
    const a = clock(r, 'complaint-answer');
    expect(a.targetLimit).toBe('5个工作日内');
    expect(iso(a.startedAt)).toBe('2026-09-30T08:00:00.000Z');
    expect(iso(a.due)).toBe('2026-10-13T16:00:00.000Z'); // 10-08, 10-09, 10-10 (make-up), 10-12, 10-13
    expect(iso(a.max)).toBe('2026-10-15T16:00:00.000Z');
    expect(a.state).toBe('running');
  });
  it('CMP-08 a query within 15 minutes; a simple complaint at once', () => {
    const q = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: { kind: 'query' }, events: [{ type: 'received', at: sh('2026-11-21T10:00') }, { type: 'replied', at: sh('2026-11-21T10:12') }] }, sh('2026-11-21T12:00'));
    expect(clock(q, 'query').state).toBe('met');
    const s = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: { kind: 'complaint', complexity: 'simple' }, events: [{ type: 'received', at: sh('2026-11-21T10:00') }, { type: 'resolved', at: sh('2026-11-21T10:00') }] }, sh('2026-11-21T12:00'));
    expect(clock(s, 'complaint-answer').state).toBe('met');
  });
});

describe('CMP-15 return visits', () => {
  it('CMP-15 a resolved complaint gets a return visit within three days (rolled past 国庆节)', () => {
    const events = [
      { type: 'received', at: sh('2026-09-27T10:00') },
      { type: 'replied', at: sh('2026-09-27T11:00') },
      { type: 'resolved', at: sh('2026-09-28T15:00') },
    ];
    const r = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: { kind: 'complaint', complexity: 'general' }, events }, sh('2026-10-02T10:00'));
    const visit = clock(r, 'return-visit');
    expect(visit.state).toBe('running');
    expect(iso(visit.due)).toBe('2026-10-08T16:00:00.000Z'); // 10-01 is a holiday: the last day moves to 10-08
    const done = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: { kind: 'complaint', complexity: 'general' }, events: [...events, { type: 'visited', at: sh('2026-10-08T10:00') }] }, sh('2026-10-09T10:00'));
    expect(clock(done, 'return-visit').state).toBe('met');
  });
});

describe('ESC-01 real-estate call centre (002)', () => {
  const base: SlaCase = {
    id: 'BJ-001',
    attributes: { urgency: 'urgent-15' },
    events: [
      { type: 'received', at: sh('2026-10-02T09:00') },
      { type: 'dispatched', at: sh('2026-10-02T09:05') },
    ],
  };
  it('ESC-01 contact within 15 / 30 / 60 / 120 minutes by urgency, or the call centre escalates', () => {
    const at = sh('2026-10-02T09:30');
    const due = (urgency: string) => iso(clock(evaluateCase(REAL_ESTATE_CALL_CENTRE, { ...base, attributes: { urgency } }, at), 'contact').due);
    expect(due('urgent-15')).toBe('2026-10-02T01:20:00.000Z');
    expect(due('high-30')).toBe('2026-10-02T01:35:00.000Z');
    expect(due('normal-60')).toBe('2026-10-02T02:05:00.000Z');
    expect(due('low-120')).toBe('2026-10-02T03:05:00.000Z');
    const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, base, at);
    expect(clock(r, 'contact')).toMatchObject({ state: 'breached', level: 'call-centre' });
    expect(iso(clock(r, 'contact').escalations[0]!.at)).toBe('2026-10-02T01:20:00.000Z');
  });
  it('CMP-12 the answer within 48 hours runs through the holiday in natural time', () => {
    const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, base, sh('2026-10-04T08:59'));
    expect(clock(r, 'answer')).toMatchObject({ state: 'running' });
    expect(iso(clock(r, 'answer').due)).toBe('2026-10-04T01:00:00.000Z');
  });
  it('CMP-13 a hot complaint is reported to the group within 1 working day', () => {
    const hot = { ...base, attributes: { urgency: 'urgent-15', hot: 'yes' } };
    const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, hot, sh('2026-10-08T10:00'));
    expect(iso(clock(r, 'hot-report').due)).toBe('2026-10-08T16:00:00.000Z');
    const done = evaluateCase(REAL_ESTATE_CALL_CENTRE, { ...hot, events: [...hot.events, { type: 'reported-to-group', at: sh('2026-10-08T15:00') }] }, sh('2026-10-09T10:00'));
    expect(clock(done, 'hot-report').state).toBe('met');
  });
  it('CMP-18 a class-1 emergency: the manager on site within 2 hours, else the group', () => {
    const e = { ...base, attributes: { urgency: 'urgent-15', emergency: 'class-1' } };
    const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, e, sh('2026-10-02T11:30'));
    expect(clock(r, 'emergency-on-site')).toMatchObject({ state: 'breached', level: 'group' });
    const ok = evaluateCase(REAL_ESTATE_CALL_CENTRE, { ...e, events: [...e.events, { type: 'manager-on-site', at: sh('2026-10-02T10:40') }] }, sh('2026-10-02T11:30'));
    expect(clock(ok, 'emergency-on-site').state).toBe('met');
    expect(evaluateCase(REAL_ESTATE_CALL_CENTRE, base, sh('2026-10-02T11:30')).notApplicable).toEqual(['hot-report', 'emergency-on-site']);
  });
  it('TL-06 ESC-02 a re-agreed completion time becomes the new escalation deadline; ESC-03 the ladder climbs', () => {
    const agreed: SlaCase = { ...base, events: [...base.events, { type: 'deadline-agreed', at: sh('2026-10-02T10:00'), due: sh('2026-10-09T18:00'), reason: '等待厂家配件' }] };
    const before = clock(evaluateCase(REAL_ESTATE_CALL_CENTRE, agreed, sh('2026-10-09T17:00')), 'completion');
    expect(before).toMatchObject({ state: 'running', agreed: { reason: '等待厂家配件' } });
    expect(iso(before.due)).toBe('2026-10-09T10:00:00.000Z');
    expect(before.rules).toEqual(expect.arrayContaining(['TL-06', 'ESC-02', 'ESC-03']));
    const after = clock(evaluateCase(REAL_ESTATE_CALL_CENTRE, agreed, sh('2026-10-12T09:00')), 'completion');
    expect(after.escalations.map((e) => [e.name, iso(e.at), e.reached])).toEqual([
      ['supervisor', '2026-10-09T10:00:00.000Z', true],
      ['manager', '2026-10-10T16:00:00.000Z', true], // the next working day is the make-up Saturday 10-10
      ['group', '2026-10-13T16:00:00.000Z', false],
    ]);
    expect(after.level).toBe('manager');
    expect(after.explanation['zh-CN']).toContain('作为新的升级时限（TL-06）');
  });
});

describe('CMP-16 utility fee centre (003 篇1)', () => {
  const c: SlaCase = { events: [{ type: 'received', at: sh('2026-09-30T16:30') }] };
  it('CMP-16 contact within 2 hours (natural, the 12319 hotline is 24 h); reply within 4 working days, by close of business', () => {
    const r = evaluateCase(UTILITY_FEE_CENTRE, c, sh('2026-09-30T18:01'));
    const contact = clock(r, 'contact');
    expect(iso(contact.due)).toBe('2026-09-30T10:30:00.000Z');
    expect(contact.warnings[0]).toMatchObject({ name: '75%', reached: true });
    expect(iso(contact.warnings[0]!.at)).toBe('2026-09-30T10:00:00.000Z');
    const reply = clock(r, 'reply');
    expect(iso(reply.due)).toBe('2026-10-12T09:00:00.000Z'); // 10-08, 10-09, 10-10 (make-up), 10-12, 17:00
    expect(reply.warnings[0]!.name).toBe('2小时内');
    expect(reply.elapsed.business).toBe(30 * 60_000); // 16:30–17:00 counts, the evening does not
  });
  it('CAL-04 business time in the explanation of remaining time', () => {
    const r = evaluateCase(UTILITY_FEE_CENTRE, c, sh('2026-10-12T16:00'));
    expect(clock(r, 'reply').remaining).toEqual({ natural: 3_600_000, business: 3_600_000 });
    expect(clock(r, 'contact').percentOfTarget).toBeGreaterThan(100);
  });
});

describe('CMP-09 CMP-10 CMP-11 property reception (001)', () => {
  it('CMP-09 a response within 24 hours, CMP-10 a walk-in follow-up within three working days', () => {
    const r = evaluateCase(PROPERTY_RECEPTION, { attributes: { channel: 'walk-in' }, events: [{ type: 'received', at: sh('2026-09-30T11:00') }] }, sh('2026-10-01T12:00'));
    expect(clock(r, 'response')).toMatchObject({ state: 'breached', level: 'supervisor' });
    expect(iso(clock(r, 'walk-in-follow-up').due)).toBe('2026-10-10T16:00:00.000Z');
    expect(r.notApplicable).toEqual(['written-escalation']);
  });
  it('CMP-11 a written complaint goes to the supervisor and then to management', () => {
    const r = evaluateCase(PROPERTY_RECEPTION, { attributes: { channel: 'written' }, events: [{ type: 'received', at: sh('2026-11-16T09:00') }] }, sh('2026-11-24T09:00'));
    expect(clock(r, 'written-escalation')).toMatchObject({ state: 'breached', level: 'manager' });
  });
});

describe('CMP-17 hospital (001 第四篇)', () => {
  it('CMP-17 serious cases to the hospital head at once, deaths to the health bureau within 6 hours', () => {
    const r = evaluateCase(HOSPITAL, { attributes: { severity: 'death' }, events: [{ type: 'received', at: sh('2026-10-03T02:00') }, { type: 'reported-to-head', at: sh('2026-10-03T02:00') }] }, sh('2026-10-03T07:30'));
    expect(clock(r, 'report-to-head').state).toBe('met');
    const bureau = clock(r, 'report-to-bureau');
    expect(iso(bureau.due)).toBe('2026-10-03T00:00:00.000Z'); // 08:00 in Shanghai
    expect(bureau.warnings[0]).toMatchObject({ reached: true });
    expect(bureau.escalations[0]).toMatchObject({ name: 'hospital-head', reached: true });
    const serious = evaluateCase(HOSPITAL, { attributes: { severity: 'serious' }, events: [{ type: 'received', at: sh('2026-10-03T02:00') }] }, sh('2026-10-03T02:05'));
    expect(serious.notApplicable).toEqual(['report-to-bureau']);
    expect(clock(serious, 'report-to-head')).toMatchObject({ state: 'breached', level: 'duty-officer' });
  });
});

describe('ESC-05 after-sales (003)', () => {
  it('ESC-05 on site within 2 hours; not remedied within a day → the buyer may remedy at the seller’s cost', () => {
    const c: SlaCase = { events: [{ type: 'received', at: sh('2026-10-01T20:00') }, { type: 'on-site', at: sh('2026-10-01T21:30') }] };
    const r = evaluateCase(AFTER_SALES, c, sh('2026-10-02T21:00'));
    expect(clock(r, 'on-site').state).toBe('met');
    expect(clock(r, 'remedy')).toMatchObject({ state: 'breached', level: 'buyer-remedy' });
    expect(iso(clock(r, 'remedy').due)).toBe('2026-10-02T12:00:00.000Z');
  });
});

describe('CAL-04 business-time clocks', () => {
  it('CAL-04 a working-hour target counts only open hours, and its percent is in business time', () => {
    const policy = {
      id: 'desk',
      name: '服务台',
      calendar: { businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] as [string, string][] } },
      clocks: [{ name: 'fix', start: ['received'], stop: ['resolved'], target: '4个工作小时内' }],
    };
    const r = evaluateCase(policy, [{ type: 'received', at: sh('2026-11-16T16:00') }], sh('2026-11-17T10:00'));
    const fix = clock(r, 'fix');
    expect(iso(fix.due)).toBe('2026-11-17T03:30:00.000Z'); // 1 h on Monday + 3 h on Tuesday → 11:30
    expect(fix.elapsed.business).toBe(2.5 * 3_600_000);
    expect(fix.percentOfTarget).toBe(62.5);
    expect(fix.remaining).toEqual({ natural: 1.5 * 3_600_000, business: 1.5 * 3_600_000 });
  });
});
