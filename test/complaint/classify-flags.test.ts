import { describe, expect, it } from 'vitest';
import { classifyComplaint, evaluateCase, HOSPITAL, REAL_ESTATE_CALL_CENTRE } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { record, sh } from './_model';

const base = record({ category: 'security' });
const EMERGENCY_CLOCK = 'emergency-on-site';
const flagsOf = (over: Record<string, unknown>, options?: Parameters<typeof classifyComplaint>[1]) =>
  classifyComplaint({ ...base, ...over } as typeof base, options).flags.map((f) => [f.flag, f.rule, f.facts.map((x) => x.field)]);

describe('CMP-18 class-1 emergencies (002 备注 一类突发事件)', () => {
  it('CMP-18 every listed condition triggers, each with its fact', () => {
    expect(flagsOf({ incident: { disasterInRedLine: true } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.disasterInRedLine']]]);
    expect(flagsOf({ incident: { fireOrExplosion: 'public-area' } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.fireOrExplosion']]]);
    expect(flagsOf({ incident: { fireOrExplosion: 'adjoining-part' } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.fireOrExplosion']]]);
    expect(flagsOf({ incident: { security: 'theft' } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.security']]]);
    expect(flagsOf({ incident: { security: 'criminal' } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.security']]]);
    expect(flagsOf({ incident: { abnormalCasualty: true } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.abnormalCasualty']]]);
    expect(flagsOf({ incident: { propertyLossYuan: 12000 } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.propertyLossYuan']]]);
    expect(flagsOf({ incident: { negativeMedia: true } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.negativeMedia']]]);
    const all = flagsOf({ incident: { disasterInRedLine: true, fireOrExplosion: 'public-area', security: 'theft', abnormalCasualty: true, compensationYuan: 6000, propertyLossYuan: 6000, negativeMedia: true } });
    expect(all[0]![2]).toHaveLength(7);
  });
  it('CMP-18 the exclusions: attempted theft (盗窃未遂), a fire inside a unit, false flags', () => {
    expect(flagsOf({ incident: { security: 'attempted-theft' } })).toEqual([]);
    expect(flagsOf({ incident: { fireOrExplosion: 'inside-unit' } })).toEqual([]);
    expect(flagsOf({ incident: { disasterInRedLine: false, abnormalCasualty: false, negativeMedia: false } })).toEqual([]);
  });
  it('CMP-18 “5000 元以上” includes 5000 (民法典 第一千二百五十九条), unless the host says otherwise', () => {
    expect(flagsOf({ incident: { compensationYuan: 5000 } })).toEqual([['class-1-emergency', 'CMP-18', ['incident.compensationYuan']]]);
    expect(flagsOf({ incident: { compensationYuan: 4999.99 } })).toEqual([]);
    expect(flagsOf({ incident: { compensationYuan: 5000 } }, { emergencyAmount: { inclusive: false } })).toEqual([]);
    expect(flagsOf({ incident: { compensationYuan: 5000.01 } }, { emergencyAmount: { inclusive: false } })).toHaveLength(1);
    expect(flagsOf({ incident: { propertyLossYuan: 8000 } }, { emergencyAmount: { yuan: 10000 } })).toEqual([]);
    const f = classifyComplaint({ ...base, incident: { compensationYuan: 5000 } }).flags[0]!;
    expect(f.facts[0]!.condition['zh-CN']).toBe('公司责任赔偿 5000 元以上（含本数）');
    expect(f.consequence['zh-CN']).toBe('主责部门经理 2 小时内到达现场');
    expect(thrown(() => classifyComplaint(base, { emergencyAmount: { yuan: -1 } })).code).toBe('INVALID_OPTIONS');
  });
  it('CMP-18 a negative amount is refused loudly', () => {
    expect(thrown(() => classifyComplaint({ ...base, incident: { compensationYuan: -5 } })).code).toBe('VALIDATION_FAILED');
  });
  it('CMP-18 the emergency attribute starts the manager-on-site clock of the call-centre preset', () => {
    const c = classifyComplaint({ ...base, incident: { security: 'theft' } });
    expect(c.attributes.emergency).toBe('class-1');
    const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, { attributes: c.attributes, events: [{ type: 'received', at: sh('2026-03-02T09:15') }] }, sh('2026-03-02T12:00'));
    const plain = evaluateCase(REAL_ESTATE_CALL_CENTRE, { attributes: classifyComplaint(base).attributes, events: [{ type: 'received', at: sh('2026-03-02T09:15') }] }, sh('2026-03-02T12:00'));
    const onSite = plain.notApplicable.filter((n) => !r.notApplicable.includes(n));
    expect(onSite).toEqual([EMERGENCY_CLOCK]);
    expect(r.clocks.find((k) => k.name === EMERGENCY_CLOCK)!.state).toBe('breached');
  });
});

describe('CMP-13 hot complaints (002 热点投诉)', () => {
  it('CMP-13 a complaint marked hot is flagged and gets the hot attribute', () => {
    const c = classifyComplaint({ ...base, hot: true });
    expect(c.flags.map((f) => [f.flag, f.rule])).toEqual([['hot', 'CMP-13']]);
    expect(c.flags[0]!.consequence['zh-CN']).toContain('一个工作日内反馈至集团');
    expect(c.attributes.hot).toBe('yes');
  });
  it('CMP-13 no number in the seeds, so no threshold by default; the host may set people or replies', () => {
    const many = { ...base, people: 40, online: { thread: 'T-1', replies: 200 } };
    expect(flagsOf(many)).toEqual([]);
    expect(flagsOf(many, { hot: { minPeople: 30 } })).toEqual([['hot', 'CMP-13', ['people']]]);
    expect(flagsOf(many, { hot: { minReplies: 100, minPeople: 50 } })).toEqual([['hot', 'CMP-13', ['online.replies']]]);
    expect(thrown(() => classifyComplaint(base, { hot: { minPeople: 0 } })).code).toBe('INVALID_OPTIONS');
  });
});

describe('CMP-17 hospital serious-fault reporting (001 第四篇 (九))', () => {
  const h = (medical: Record<string, unknown>) => classifyComplaint({ ...base, medical } as typeof base);
  it('CMP-17 a serious fault goes to the hospital head at once', () => {
    const c = h({ seriousFault: true });
    expect(c.flags.map((f) => [f.flag, f.consequence.en])).toEqual([['medical-serious-fault', 'report to the hospital head at once']]);
    expect(c.attributes.severity).toBe('serious');
  });
  it('CMP-17 death, a possible grade-2 accident, or 3 or more harmed also go to the health bureau within 6 hours', () => {
    expect(h({ seriousFault: true, death: true }).flags.map((f) => f.flag)).toEqual(['medical-serious-fault', 'medical-report-to-bureau']);
    expect(h({ possibleGrade2Accident: true }).attributes.severity).toBe('grade-2-accident');
    expect(h({ harmedCount: 3 }).flags.map((f) => [f.flag, f.facts.map((x) => x.value)])).toEqual([
      ['medical-serious-fault', [3]],
      ['medical-report-to-bureau', [3]],
    ]);
    expect(h({ harmedCount: 2, seriousFault: true }).flags.map((f) => f.flag)).toEqual(['medical-serious-fault']);
    expect(h({ death: true, harmedCount: 5 }).attributes.severity).toBe('death');
  });
  it('CMP-17 the severity attribute selects the hospital preset clocks', () => {
    const events = [{ type: 'received', at: sh('2026-03-02T09:15') }];
    const serious = evaluateCase(HOSPITAL, { attributes: h({ seriousFault: true }).attributes, events }, sh('2026-03-02T09:20'));
    const death = evaluateCase(HOSPITAL, { attributes: h({ death: true }).attributes, events }, sh('2026-03-02T09:20'));
    expect(serious.notApplicable).toContain('report-to-bureau');
    expect(death.clocks.map((k) => k.name)).toEqual(expect.arrayContaining(['report-to-head', 'report-to-bureau']));
  });
});
