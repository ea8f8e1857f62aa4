// Issue 26's exit-code table for every check-* command (README: exit 2 = the run could not check everything, “a record
// of the wrong shape” included): a top-level JSON value of the wrong type and a record that is not an object are never
// findings (exit 1) nor silently checked (exit 0) — exit 2, with a coded problem in the chosen format. A record that is
// an object but breaks a rule stays a finding (exit 1).
import { describe, expect, it } from 'vitest';
import { runGuifan } from '../_helpers/cli';

const FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Each check: its options, one record that is an object but breaks a rule (exit 1 alone), whether it reads NDJSON. */
const CHECKS: Record<string, { args: string[]; breaks: unknown; ndjson: boolean }> = {
  'check-sla': { args: ['--at', '2026-10-09T12:00+08:00'], breaks: { id: 'C', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-09-30T16:00+08:00' }] }, ndjson: true },
  'check-meeting': { args: ['--year', '2026'], breaks: { id: 'M', title: '例会' }, ndjson: true },
  'check-language': { args: [], breaks: { id: 'U', text: '这个事跟我们没关系' }, ndjson: true },
  'check-roster': { args: ['--from', '2026-10-01', '--to', '2026-10-02'], breaks: {}, ndjson: false },
  'check-complaints': { args: ['--at', '2026-10-09T12:00+08:00'], breaks: { id: 'R-1', kind: 'complaint' }, ndjson: true },
};

const TOP_LEVEL = ['null', '42', '"x"', 'true'];
const NOT_RECORDS = ['null', '42', '"x"', '[]'];

/** Every object (at any depth) of the JSON values in `out`: a whole document, or one value per line. */
function jsonObjects(out: string): Record<string, unknown>[] {
  let values: unknown[];
  try {
    values = [JSON.parse(out)];
  } catch {
    values = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  }
  const found: Record<string, unknown>[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      found.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  values.forEach(walk);
  return found;
}

/** The problem as the chosen format carries it: a coded line on standard error, and the format's own form. */
function expectCodedProblem(r: { out: string; err: string }, format: Format, file: string, what: string): void {
  expect(r.err, what).toMatch(new RegExp(`^${file.replace('.', '\\.')}(:\\d+)?: \\[INVALID_INPUT [A-Z]{3}-\\d{2}\\] `, 'm'));
  if (format === 'json') expect(jsonObjects(r.out).some((o) => o.code === 'INVALID_INPUT' && o.file === file && typeof o.message === 'object'), what).toBe(true);
  if (format === 'junit') expect(r.out, what).toMatch(/<error type="INVALID_INPUT" message="\[INVALID_INPUT [A-Z]{3}-\d{2}\] /);
  if (format === 'github') expect(r.out, what).toMatch(new RegExp(`^::error file=${file.replace('.', '\\.')}(,line=\\d+)?,title=INVALID_INPUT [A-Z]{3}-\\d{2} `, 'm'));
  if (format === 'sarif') {
    const inv = (JSON.parse(r.out) as { runs: { invocations: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] }).runs[0]!.invocations[0]!;
    expect([inv.executionSuccessful, inv.exitCode, inv.toolExecutionNotifications.some((n) => n.descriptor.id === 'INVALID_INPUT')], what).toEqual([false, 2, true]);
  }
}

describe('issue 26 exit codes: a value of the wrong type or a record that is not an object is exit 2 in every check-* command and format', () => {
  for (const [cmd, c] of Object.entries(CHECKS)) {
    it(`${cmd}: a top-level JSON value of the wrong type (null, a number, a string, true)`, () => {
      for (const v of TOP_LEVEL) {
        for (const format of FORMATS) {
          const r = runGuifan([cmd, 'in.json', ...c.args, '--format', format], { 'in.json': v });
          const what = `${cmd} ${v} --format ${format}\n${r.err}`;
          expect(r.code, what).toBe(2);
          expectCodedProblem(r, format, 'in.json', what);
        }
      }
    });

    it(`${cmd}: a record that is not an object (null, 42, "x", []) — in a JSON array${c.ndjson ? ' and on an NDJSON line' : ''}`, () => {
      for (const v of NOT_RECORDS) {
        const inputs: [string, string][] = [['in.json', `[\n${v}\n]`]];
        // On a line after a record that breaks a rule: the rule's finding is still reported, and the bad line makes it 2.
        if (c.ndjson) inputs.push(['in.ndjson', `${JSON.stringify(c.breaks)}\n${v}\n`]);
        for (const [file, text] of inputs) {
          for (const format of FORMATS) {
            const r = runGuifan([cmd, file, ...c.args, '--format', format], { [file]: text });
            const what = `${cmd} ${file} ${JSON.stringify(text)} --format ${format}\n${r.err}`;
            expect(r.code, what).toBe(2);
            expectCodedProblem(r, format, file, what);
          }
        }
      }
    });

    it(`${cmd}: a record that is an object but breaks a rule stays a finding (exit 1)`, () => {
      for (const format of FORMATS) {
        const r = runGuifan([cmd, 'in.json', ...c.args, '--format', format], { 'in.json': JSON.stringify(cmd === 'check-sla' || cmd === 'check-language' ? [c.breaks] : c.breaks, null, 2) });
        expect(r.code, `${cmd} --format ${format}\n${r.err}`).toBe(1);
        expect(r.err, format).not.toContain('INVALID_INPUT');
      }
    });
  }
});
