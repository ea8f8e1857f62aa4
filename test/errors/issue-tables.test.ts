// Issue messages live in one table per module (src/errors/issueMessages/*), so
// that a bundle of one module carries only its own (issue 13). These tests pin
// what the split must not change: every code in exactly one table, and each
// module's own makeIssue giving exactly the issue that the public makeIssue gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIssue as libIssue } from '../../src/_lib/makeIssue';
import { makeIssue as appraisalIssue } from '../../src/appraisal/_lib/makeIssue';
import { makeIssue as calendarIssue } from '../../src/calendar/_lib/makeIssue';
import { makeIssue as importIssue } from '../../src/calendar/_lib/import/makeIssue';
import { makeIssue as complaintIssue } from '../../src/complaint/_lib/makeIssue';
import { makeIssue as conductIssue } from '../../src/conduct/_lib/makeIssue';
import { makeIssue as dutyIssue } from '../../src/duty/_lib/makeIssue';
import { makeIssue as meetingIssue } from '../../src/meeting/_lib/makeIssue';
import { makeIssue as slaIssue } from '../../src/sla/_lib/makeIssue';
import { repathIssue } from '../../src/errors/buildIssue';
import { APPRAISAL_ISSUES } from '../../src/errors/issueMessages/appraisal';
import { COMMON_ISSUES } from '../../src/errors/issueMessages/common';
import { COMPLAINT_ISSUES } from '../../src/errors/issueMessages/complaint';
import { CONDUCT_ISSUES } from '../../src/errors/issueMessages/conduct';
import { DUTY_ISSUES } from '../../src/errors/issueMessages/duty';
import { MEETING_ISSUES } from '../../src/errors/issueMessages/meeting';
import { IMPORT_ISSUES } from '../../src/errors/issueMessages/import';
import { NOTICE_ISSUES } from '../../src/errors/issueMessages/notice';
import { SLA_ISSUES } from '../../src/errors/issueMessages/sla';
import { isGuifanError, makeIssue, type IssueCode } from '../../src/errors/index';

const TABLES = { COMMON_ISSUES, APPRAISAL_ISSUES, SLA_ISSUES, MEETING_ISSUES, CONDUCT_ISSUES, NOTICE_ISSUES, IMPORT_ISSUES, COMPLAINT_ISSUES, DUTY_ISSUES };
type Maker = (code: never, path: readonly (string | number)[], details?: Record<string, unknown>, rule?: never, severity?: 'error' | 'warning') => unknown;
const MAKERS: [string, Maker, readonly (keyof typeof TABLES)[]][] = [
  ['src/_lib', libIssue, ['COMMON_ISSUES']],
  ['appraisal', appraisalIssue, ['APPRAISAL_ISSUES', 'COMMON_ISSUES']],
  ['calendar', calendarIssue, ['NOTICE_ISSUES', 'COMMON_ISSUES']],
  ['calendar/_lib/import', importIssue, ['IMPORT_ISSUES', 'COMMON_ISSUES']],
  ['complaint', complaintIssue, ['COMPLAINT_ISSUES', 'COMMON_ISSUES']],
  ['conduct', conductIssue, ['CONDUCT_ISSUES', 'COMMON_ISSUES']],
  ['duty', dutyIssue, ['DUTY_ISSUES', 'COMMON_ISSUES']],
  ['meeting', meetingIssue, ['MEETING_ISSUES', 'COMMON_ISSUES']],
  ['sla', slaIssue, ['SLA_ISSUES', 'COMMON_ISSUES']],
];
const codesOf = (t: keyof typeof TABLES): IssueCode[] => Object.keys(TABLES[t].zh) as IssueCode[];

describe('issue message tables per module', () => {
  it('every code is in exactly one table, with both locales', () => {
    const all = Object.keys(TABLES).flatMap((t) => codesOf(t as keyof typeof TABLES));
    expect(all.length).toBe(118);
    expect(new Set(all).size).toBe(all.length);
    for (const t of Object.values(TABLES)) expect(Object.keys(t.en).sort()).toEqual(Object.keys(t.zh).sort());
  });

  it('the public makeIssue knows every code', () => {
    for (const t of Object.keys(TABLES)) for (const code of codesOf(t as keyof typeof TABLES)) expect(makeIssue(code, []).code).toBe(code);
  });

  it("each module's makeIssue gives the public makeIssue's issue, for its codes and any details", () => {
    const details = fc.dictionary(fc.constantFrom('value', 'key', 'sum', 'expected', 'clock', 'at', 'date', 'count', 'reasonZh', 'reasonEn', 'type', 'known'), fc.oneof(fc.string(), fc.integer(), fc.constant(Number.NaN), fc.array(fc.string(), { maxLength: 3 })));
    for (const [name, make, tables] of MAKERS) {
      const codes = tables.flatMap(codesOf);
      fc.assert(
        fc.property(fc.constantFrom(...codes), fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }), details, fc.constantFrom('error' as const, 'warning' as const), (code, path, d, severity) => {
          expect(make(code as never, path, d, 'CAL-01' as never, severity), name).toEqual(makeIssue(code, path, d, 'CAL-01', severity));
        }),
        { numRuns: 60 },
      );
    }
  });

  it("a module's makeIssue refuses another module's code loudly, like makeIssue an unknown one", () => {
    let caught: unknown;
    try {
      slaIssue('WEIGHTS_DO_NOT_SUM' as never, []);
    } catch (e) {
      caught = e;
    }
    expect(isGuifanError(caught, 'INVALID_OPTIONS')).toBe(true);
    expect(() => makeIssue('NO_SUCH_CODE' as IssueCode, [])).toThrow(/unknown issue code/);
  });

  it('repathIssue moves an issue without re-rendering it: the same as making it at the new path', () => {
    const i = makeIssue('NOTICE_NO_YEAR', ['line', 1], { value: 'x', excerpt: 'x' }, 'CAL-02', 'warning');
    expect(repathIssue(i, ['notices', 0, 'line', 1])).toEqual(makeIssue('NOTICE_NO_YEAR', ['notices', 0, 'line', 1], { value: 'x', excerpt: 'x' }, 'CAL-02', 'warning'));
    expect(Object.keys(repathIssue(i, []))).toEqual(Object.keys(i));
    expect(Object.isFrozen(repathIssue(i, []).path)).toBe(true);
  });
});
