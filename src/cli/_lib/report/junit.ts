import { caseTitle, findingLine, tag, type Judged, type ReportWriter, type WriterContext } from './writer';
import type { Problem, ReportCase } from './types';

/** Test cases per `<testsuite>`: a suite's totals are written before its cases, so they are held until the suite is full. */
export const JUNIT_SUITE_SIZE = 1000;

const xml = (s: string): string =>
  // Characters XML 1.0 cannot carry are dropped; the five specials escaped.
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * JUnit XML (the Jenkins xUnit schema, plus the `file` and `line` attributes
 * GitLab reads), written as the cases come: `JUNIT_SUITE_SIZE` test cases
 * per `<testsuite>` with its own totals, so memory never follows the input.
 * A report that fits one suite also carries the totals on `<testsuites>`.
 * A record that fails has a `<failure>`; a part that could not be checked is
 * a test case with an `<error>`. Names carry the line, unique in the suite.
 */
export function junitWriter(ctx: WriterContext): ReportWriter {
  const { lang, command, file } = ctx;
  const suite = `guifan ${command} ${file}`;
  let held: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let suites = 0;
  let lastProblem = '';
  let sameProblem = 0;
  const where = (line: number | undefined): string => (line ? ` file="${xml(file)}" line="${line}"` : '');
  const flush = (last: boolean): void => {
    if (suites === 0) {
      ctx.out('<?xml version="1.0" encoding="UTF-8"?>');
      ctx.out(last ? `<testsuites name="guifan" tests="${tests}" failures="${failures}" errors="${errors}">` : '<testsuites name="guifan">');
    }
    suites++;
    ctx.out(`  <testsuite name="${xml(suite)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">`);
    for (const t of held) ctx.out(t);
    ctx.out('  </testsuite>');
    held = [];
    tests = failures = errors = 0;
  };
  const push = (text: string): void => {
    held.push(text);
    tests++;
    if (held.length >= JUNIT_SUITE_SIZE) flush(false);
  };
  return {
    record(c: ReportCase, judged: readonly Judged[]) {
      const open = `    <testcase name="${xml(caseTitle(c, lang))}" classname="${xml(`guifan.${command}${c.group ? `.${c.group}` : ''}`)}"${where(c.line)}`;
      const lines = [c.summary?.[lang], ...judged.map((j) => findingLine(j, lang))].filter((x): x is string => !!x);
      const first = judged.find((j) => j.fails);
      if (!first) {
        push(lines.length ? `${open}>\n      <system-out>${xml(lines.join('\n'))}</system-out>\n    </testcase>` : `${open}/>`);
        return;
      }
      failures++;
      const f = first.finding;
      push(`${open}>\n      <failure type="${xml(f.code)}" message="${xml(`${tag(f)} ${f.message[lang]}`)}">${xml(lines.join('\n'))}</failure>\n    </testcase>`);
    },
    problem(p: Problem) {
      const at = `${p.file}${p.line ? `:${p.line}` : ''}`;
      sameProblem = at === lastProblem ? sameProblem + 1 : 1;
      lastProblem = at;
      const name = sameProblem > 1 ? `${at} (${sameProblem})` : at;
      errors++;
      const text = `${tag(p)} ${p.message[lang]}`;
      push(`    <testcase name="${xml(name)}" classname="${xml(`guifan.${command}.input`)}"${p.file === file ? where(p.line) : ''}>\n      <error type="${xml(p.code)}" message="${xml(text)}">${xml(text)}</error>\n    </testcase>`);
    },
    end() {
      if (held.length || suites === 0) flush(suites === 0);
      ctx.out('</testsuites>');
    },
  };
}
