// `guifan check-roster` (DUT-01…DUT-04, CAL-06): text, JSON, JUnit read back by a JUnit reader,
// GitHub annotations, SARIF valid against the published schema; the roster's JSON Schema read by ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/cli/_lib/schemas';
import { RosterSchema } from '../../src/index';
import { runGuifan } from '../_helpers/cli';
import { haveSchemas, readJUnit, sarifErrors } from '../ci/_reports';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const GOOD = 'examples/data/duty-roster-2026-national-day.json';
const BAD = 'examples/data/duty-roster-with-errors.json';
const OFFICE = ['--office-hours', '08:30-17:30'];

describe('DUT-01 guifan check-roster', () => {
  it('the National Day hotline roster passes; the draft fails with its issues, in both languages', () => {
    expect(runGuifan(['check-roster', GOOD, ...OFFICE])).toMatchObject({ code: 0, out: '值班表符合 DUT-01…DUT-04 的检查' });
    const bad = runGuifan(['check-roster', BAD, ...OFFICE]);
    expect(bad.code).toBe(1);
    expect(bad.out.split('\n')).toEqual([
      '✗ [SERVICE_UNCOVERED DUT-01] windows.0: 热线 在 2026-10-01T21:00:00+08:00 至 2026-10-01T22:00:00+08:00（1 小时）无人值守，需 1 人',
      '✗ [DUTY_OFFICER_MISSING DUT-01] offHoursDutyOfficer: 2026-10-01T20:00:00+08:00 至 2026-10-01T22:00:00+08:00（2 小时）为非办公时间，没有安排总值班（CAL-06）',
      '✗ [OVERLAPPING_SHIFTS DUT-01] shifts.2: 李娜（li） 的两个班次重叠：2026-10-01T19:00:00+08:00 至 2026-10-01T20:00:00+08:00（另见 day）',
      '✗ [DAILY_OVERTIME_EXCEEDED DUT-03] people.1: 李娜（li） 在 2026-10-01 工作 14 小时，超出正常工作时间 6 小时，多于每日 3 小时的上限',
      '! [COMPENSATORY_REST_ON_STATUTORY_DAY DUT-04] shifts.3.compensatoryRest: 2026-10-01 是法定休假日：补休不能代替 300% 的工资报酬，该班次这部分仍按 300% 计',
      '值班表有 4 个问题',
    ]);
    expect(runGuifan(['check-roster', BAD, ...OFFICE, '--lang', 'en']).out.split('\n').at(-1)).toBe('The roster has 4 problem(s)');
  });

  it('--json is validateRoster’s result; the period defaults to the days the shifts touch; --from/--to narrow it', () => {
    const r = runGuifan(['check-roster', BAD, '--json']);
    const v = JSON.parse(r.out) as { success: boolean; issues: { code: string }[] };
    expect([r.code, v.success, v.issues.map((i) => i.code)]).toEqual([1, false, ['SERVICE_UNCOVERED', 'OFF_HOURS_UNKNOWN', 'OVERLAPPING_SHIFTS', 'DAILY_OVERTIME_EXCEEDED', 'COMPENSATORY_REST_ON_STATUTORY_DAY']]);
    const one = JSON.parse(runGuifan(['check-roster', GOOD, '--from', '2026-10-01', '--to', '2026-10-01', '--office-hours', '24x7', '--json']).out);
    expect(one).toEqual({ success: true, issues: [] });
  });

  it('JUnit: one case for the roster and one per window, duty officer, person or shift with an issue; read back by a JUnit reader', () => {
    const r = runGuifan(['check-roster', BAD, ...OFFICE, '--format', 'junit']);
    const j = readJUnit(r.out);
    expect([j.total, j.failed]).toEqual([6, 4]);
    expect(j.suites[0]!.cases.map((c) => [c.name, c.status])).toEqual([
      ['roster', 'PASS'],
      ['window 热线', 'FAIL'],
      ['duty officer', 'FAIL'],
      ['shift extra', 'FAIL'],
      ['person 李娜', 'FAIL'],
      ['shift late', 'PASS'],
    ]);
  });

  it('GitHub annotations and SARIF 2.1.0 (valid against the published schema)', () => {
    const g = runGuifan(['check-roster', BAD, ...OFFICE, '--format', 'github', '--lang', 'en']);
    expect(g.out.split('\n')[0]).toBe(`::error file=${BAD},title=SERVICE_UNCOVERED DUT-01 window 热线::windows.0: 热线 is unstaffed from 2026-10-01T21:00:00+08:00 to 2026-10-01T22:00:00+08:00 (1 h); it needs 1`);
    const s = runGuifan(['check-roster', BAD, ...OFFICE, '--format', 'sarif']);
    expect(s.code).toBe(1);
    if (haveSchemas) expect(sarifErrors(JSON.parse(s.out))).toBe('');
  });

  it('bad usage and input: exit 2', () => {
    expect(runGuifan(['check-roster']).code).toBe(2);
    expect(runGuifan(['check-roster', BAD, '--office-hours', '8-17']).code).toBe(2);
    expect(runGuifan(['check-roster', 'r.json', '--lang', 'en'], { 'r.json': '{"people":[],"shifts":[]}' })).toMatchObject({ code: 2, err: 'r.json: [USAGE] check-roster needs --from and --to when the roster has no shifts' });
    expect(runGuifan(['check-roster', 'r.json'], { 'r.json': '{' }).code).toBe(2);
    expect(runGuifan(['check-roster', 'missing.json']).code).toBe(2);
  });
});

describe('DUT-01 the roster’s JSON Schema (guifan schema roster)', () => {
  it('the example rosters validate with ajv as with zod; broken ones fail both', () => {
    const Ajv2020 = require('ajv/dist/2020').default as typeof Ajv;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(jsonSchemaOf('roster')!);
    for (const f of [GOOD, BAD]) {
      const roster = JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, unknown>;
      expect(validate(roster), f).toBe(true);
      expect(RosterSchema.safeParse(roster).success).toBe(true);
      const broken = { ...roster, shifts: [{ person: 'x', start: '2026-10-01 08:00', end: '2026-10-01T09:00+08:00' }] };
      expect([validate(broken), RosterSchema.safeParse(broken).success]).toEqual([false, false]);
    }
  });
});
