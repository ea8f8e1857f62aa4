import { formatInstant } from '../../_lib/formatInstant';
import { toEpochMs } from '../../_lib/input';
import { parseBilingual } from '../../_lib/zodIssues';
import type { Locale, LocalizedText } from '../../errors/types';
import { compiledOf, compileSlaPolicy, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import { evaluateFull } from '../../sla/evaluateCase';
import { evaluateCases } from '../../sla/evaluateCases';
import { SlaCaseSchema, type SlaCase } from '../../sla/schema';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { loadPolicy } from '../_lib/policy';
import { elementLines, touches } from '../_lib/input/elementLines';
import { badUtf8, inputLines, isNdjsonPath, readDocument } from '../_lib/input/read';
import { jsonDocumentProblem, jsonLineProblem } from '../_lib/jsonError';
import { errorObject, tag, type FailOn, type Finding, type Problem, type Reporter } from '../_lib/report/index';
import { clockFindings, slaFailOn } from './check-sla-clocks';
import type { CaseEvaluation } from '../../sla/_lib/types';


const STATE_ZH: Record<string, string> = { 'not-started': '未开始', running: '计时中', paused: '已暂停', met: '按时完成', breached: '已超时', 'met-late': '超时完成' };

/** Arguments of `guifan check-sla`. */
export interface CheckSlaArgs {
  readonly file: string;
  readonly policy?: string | undefined;
  readonly at?: string | undefined;
}

/** A policy by preset id or file; its problems when it cannot be used. */
/** A case that is not of the SLA case's shape: one problem per shape issue, on its line. */
function shapeProblems(file: string, line: number | undefined, value: unknown): Problem[] | undefined {
  const shape = parseBilingual(SlaCaseSchema, value);
  if (shape.success) return undefined;
  return shape.problems.map((x) => {
    const at = x.path.length ? `${x.path.join('.')}: ` : '';
    return { code: 'INVALID_INPUT', rule: 'ESC-04', file, ...(line ? { line } : {}), message: { 'zh-CN': `${at}${x.message['zh-CN']}`, en: `${at}${x.message.en}` } };
  });
}

/**
 * `guifan check-sla FILE`: every case of a JSON array (`[...]` or
 * `{ cases: [...] }`) or of NDJSON (`.ndjson`, `.jsonl`, `-`: one case a line,
 * read as it comes) evaluated at `--at` (default now, in the calendar's zone)
 * against `--policy`. Each clock is one record of the report: breached,
 * late or past its maximum is an error, past a warning threshold a warning.
 * A case that is not JSON, not UTF-8 or not of the case's shape is a problem
 * on its line (exit 2); the other cases are still checked.
 */
export function checkSlaCommand(a: CheckSlaArgs, ctx: CheckContext): number {
  const { lang, format, io } = ctx;
  const en = lang === 'en';
  const ndjson = isNdjsonPath(a.file);
  const failOn = slaFailOn(ctx.failOn);
  const rep = openReport(ctx, 'check-sla', a.file, { failOn: failOn.level as FailOn, jsonLines: ndjson });
  const doc: unknown[] = []; // --format json of a JSON array: the results, and an { error } where a case could not be checked
  const general: Problem[] = []; // problems of no single case (policy, file, document)
  let cases = 0;
  let failingClocks = 0;
  let unreadable = 0;
  let policyId = a.policy ?? 'property-service-centre';
  let atText = a.at ?? '';
  const problem = (p: Problem, index?: number): void => {
    rep.problem(p);
    if (index === undefined && (p.file !== a.file || !ndjson || !p.line)) return void general.push(p);
    unreadable++;
    if (format === 'json' && !ndjson) doc[index ?? doc.length] = { error: { ...errorObject(p), ...(index !== undefined ? { index } : {}) } };
  };
  guardCheck(
    rep,
    a.file,
    () => {
      const policy = loadPolicy(ctx.io, policyId);
      if (Array.isArray(policy)) return policy.forEach((p) => problem(p));
      policyId = policy.id;
      const compiled = compileSlaPolicy(policy);
      const zone = compiledOf(compiled).cal.zone;
      // “now” is written in the calendar's zone, like every instant the command prints (issue 24).
      atText = a.at ?? formatInstant(io.now().getTime(), zone);
      const atMs = toEpochMs(atText);
      const one = (value: unknown, line: number | undefined, index: number): void => {
        const bad = shapeProblems(a.file, line, value);
        if (bad) {
          // One case not checked (its first issue counts it), every shape issue reported.
          problem(bad[0]!, ndjson ? undefined : index);
          for (const p of bad.slice(1)) rep.problem(p);
          return;
        }
        cases++;
        const r = evaluateFull(compiledOf(compiled), value as SlaCase, atMs, true);
        failingClocks += emit(r, line, index, { file: a.file, ndjson, compiled, zone, failOn: failOn.breachSeverity, rep, ctx, value: value as SlaCase, atMs, doc });
      };
      if (ndjson) {
        let n = 0;
        for (const raw of inputLines(io, a.file)) {
          n++;
          if (typeof raw !== 'string') {
            problem(badUtf8(a.file, n));
            continue;
          }
          if (!raw.trim()) continue;
          let value: unknown;
          try {
            value = JSON.parse(raw);
          } catch (e) {
            problem(jsonLineProblem(e, a.file, n));
            continue;
          }
          one(value, n, cases);
        }
        return;
      }
      const { text, badLines } = readDocument(io, a.file);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        return problem(jsonDocumentProblem(e, a.file, text));
      }
      const list = Array.isArray(raw) ? raw : (raw as { cases?: unknown } | null)?.cases;
      if (!Array.isArray(list)) {
        return problem({ code: 'INVALID_INPUT', rule: 'ESC-04', file: a.file, message: { 'zh-CN': '案件文件应为案件数组、{ cases: [...] } 或 NDJSON（每行一个案件）', en: 'the cases file holds an array of cases, { cases: [...] } or NDJSON (one case per line)' } });
      }
      const starts = elementLines(text, 'cases');
      const lines = starts.length === list.length ? starts : undefined;
      for (let i = 0; i < list.length; i++) {
        const line = lines?.[i];
        const hit = line === undefined ? (badLines.length ? badLines[0] : undefined) : touches(badLines, line, lines![i + 1] ?? Infinity);
        if (hit !== undefined) problem(badUtf8(a.file, hit), i);
        else one(list[i], line, i);
      }
    },
    (p) => void general.push(p),
  );
  if (format === 'json' && !ndjson) io.stdout(JSON.stringify(general.length && !doc.length ? { error: errorObject(general[0]!), ...(general.length > 1 ? { more: general.slice(1).map(errorObject) } : {}) } : doc, null, 2));
  else if (format === 'text') {
    if (ndjson) io.stdout(en ? `${cases} cases, ${failingClocks} failing clocks, ${unreadable} unreadable lines (policy ${policyId}, at ${atText})` : `${cases} 个案件，${failingClocks} 个时钟不合格，${unreadable} 行无法读取（策略 ${policyId}，时刻 ${atText}）`);
    else io.stdout(en ? `${cases} cases, ${failingClocks} failing clocks${unreadable ? `, ${unreadable} cases not checked` : ''} (policy ${policyId}, at ${atText})` : `${cases} 个案件，${failingClocks} 个时钟不合格${unreadable ? `，${unreadable} 个案件无法检查` : ''}（策略 ${policyId}，时刻 ${atText}）`);
  }
  return rep.end();
}

interface EmitContext {
  file: string;
  ndjson: boolean;
  compiled: CompiledSlaPolicy;
  zone: ReturnType<typeof compiledOf>['cal']['zone'];
  failOn: 'error' | 'warning';
  rep: Reporter;
  ctx: CheckContext;
  value: SlaCase;
  atMs: number;
  doc: unknown[];
}

/** Reports one evaluated case (a record per clock, one for the case's own issues); returns its failing clocks. */
function emit(r: CaseEvaluation, line: number | undefined, index: number, e: EmitContext): number {
  const { lang, format, io } = e.ctx;
  const en = lang === 'en';
  const id = r.id ?? (e.ndjson ? `${e.file}:${line}` : `#${index}`);
  const key = r.id;
  let failing = 0;
  if (format === 'json') {
    if (e.ndjson) io.stdout(JSON.stringify({ line, ...r }));
    else e.doc[index] = evaluateCases(e.compiled, [e.value], e.atMs)[0];
  }
  for (const k of r.clocks) {
    const findings: Finding[] = clockFindings(k, e.zone, e.failOn);
    const due = k.due === undefined ? '—' : formatInstant(k.due.getTime(), e.zone);
    const summary: LocalizedText = { 'zh-CN': `${STATE_ZH[k.state] ?? k.state}，期限 ${due}${k.level ? `，已升级至 ${k.level}` : ''}`, en: `${k.state}, due ${due}${k.level ? `, level ${k.level}` : ''}` };
    const c = { name: `${id} ${k.name}`, line, key, summary, findings };
    const fails = e.rep.record(c);
    if (fails) failing++;
    if (format !== 'text') continue;
    const mark = fails ? '✗' : findings.length ? '!' : '✓';
    if (e.ndjson) io.stdout(`${mark} ${e.file}:${line} ${id} ${k.name} ${summary[lang]}`);
    else io.stdout(en ? `${mark} ${id} ${k.name} ${k.state} due ${due}${k.level ? ` level ${k.level}` : ''}` : `${mark} ${id} ${k.name} ${STATE_ZH[k.state]} 期限 ${due}${k.level ? ` 升级 ${k.level}` : ''}`);
  }
  if (r.issues.length) {
    e.rep.record({ name: id, line, key, findings: r.issues });
    if (format === 'text') for (const i of r.issues) io.stdout(`  ${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang as Locale]}`);
  }
  return failing;
}
