// guifan check-sla with a case past the calendar's data (issue 17 item 1): reported, and the check fails.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => files[p] ?? (() => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: p }); })(),
    now: () => new Date('2026-12-30T07:00:00Z'),
    version: '0.0.0-test',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CAL-02 check-sla and uncovered days', () => {
  it('CAL-02 a December complaint is a CALENDAR_NOT_COVERED line and a failing check, the other case is still checked', () => {
    const cases = [
      { id: 'O', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-12-30T14:00+08:00' }, { type: 'replied', at: '2026-12-30T14:30+08:00' }] },
      { id: 'D', attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-12-30T14:00+08:00' }, { type: 'replied', at: '2026-12-30T14:05+08:00' }] },
    ];
    const r = run(['check-sla', 'cases.json', '--at', '2026-12-30T15:00+08:00', '--fail-on', 'breached'], { 'cases.json': JSON.stringify(cases) });
    expect(r.out).toContain('[CALENDAR_NOT_COVERED CAL-02] clocks.complaint-answer');
    expect(r.out).toContain('✓ D query 按时完成 期限 2026-12-30T14:15:00+08:00');
    expect(r.code).toBe(1);
    expect(run(['check-sla', 'cases.json', '--at', '2026-12-30T15:00+08:00', '--fail-on', 'never'], { 'cases.json': JSON.stringify(cases) }).code).toBe(0);
  });
});
