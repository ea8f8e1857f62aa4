import { formatInstant } from '../../_lib/formatInstant';
import type { Rate } from '../../complaint/_lib/rate';
import type { ComplaintState } from '../../complaint/_lib/status';
import { settingsOf } from '../../complaint/_lib/statusSettings';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale, LocalizedText } from '../../errors/types';
import type { SlaPolicy } from '../../sla/schema';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { readDocument } from '../_lib/input/read';
import { jsonDocumentProblem } from '../_lib/jsonError';
import { errorObject, tag, type Problem } from '../_lib/report/index';
import { PRESETS } from './check-sla';
import { readComplaintRecords } from './complaints/read';
import { createComplaintTally, type TallyResult } from './complaints/tally';

/** Arguments of `guifan check-complaints`. */
export interface CheckComplaintsArgs {
  file: string;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  policy?: string | undefined;
}

const pctText = (r: Rate): string => (r.percent === undefined ? '—' : `${r.percent}%`);

const STATE: Record<Locale, Record<ComplaintState, string>> = {
  'zh-CN': { open: '未结', resolved: '已处理待关闭', closed: '已关闭', reopened: '重新打开' },
  en: { open: 'open', resolved: 'resolved', closed: 'closed', reopened: 'reopened' },
};

const issueLine = (i: ValidationIssue, lang: Locale): string => `${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`;

/** A record's name in the reports: its id, else `#<index>`. */
const caseName = (id: string | undefined, i: number): string => id ?? `#${i}`;

/**
 * `guifan check-complaints FILE`: record issues (validateComplaintRecords),
 * statistical counts (CMP-03…07), closure states (CMP-14, CMP-15) and metrics
 * against their targets (CMP-19, CMP-15). Each record is validated as it is
 * read and its findings go out at once in every format (a record is one
 * JUnit case, one SARIF result per finding); counting merges records across
 * the whole file, so it answers at the end: the issues only counting, closure
 * and metrics can find, one case per statistical complaint, one for the
 * closure states and one per metric (failing as `TARGET_NOT_MET` when it
 * misses its target). Exit 1 on an error or a missed target, 2 when a line or
 * record cannot be read (after the others are checked).
 */
export function checkComplaints(a: CheckComplaintsArgs, ctx: CheckContext): number {
  const { lang, format, io } = ctx;
  const rep = openReport(ctx, 'check-complaints', a.file);
  const tally = createComplaintTally(a.policy !== undefined);
  const lineOf: (number | undefined)[] = [];
  const unreadable: Problem[] = [];
  const general: Problem[] = [];
  const vIssues: ValidationIssue[] = []; // --format json: the validator's list, printed whole
  const seen = new Set<string>(); // code + path: an issue counting finds again is reported once
  let recordErrors = 0;
  let warnings = 0;
  let result: TallyResult | undefined;
  let missed = 0;
  const fresh = (x: ValidationIssue): boolean => {
    const key = `${x.code}\u0000${JSON.stringify(x.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (typeof x.path[0] !== 'number') return true; // the batch's: not a record's
    if (x.severity === 'error') recordErrors++;
    else warnings++;
    return true;
  };
  // A record's issues as one case (path without the record's index); text lists them with the file and line.
  const report = (i: number, list: readonly ValidationIssue[], group: string): void => {
    const line = lineOf[i];
    const id = tally.idOf(i);
    rep.record({ name: caseName(id, i), group, line, key: id, findings: list.map((x) => ({ ...x, path: x.path.slice(1), line })) });
    if (format === 'text') for (const x of list) io.stdout(`  ${line ? `${a.file}:${line}: ` : ''}${issueLine(x, lang)}`);
  };
  guardCheck(
    rep,
    a.file,
    () => {
      let policy: SlaPolicy | undefined;
      if (a.policy !== undefined) {
        policy = PRESETS[a.policy];
        if (!policy) {
          const { text } = readDocument(io, a.policy);
          try {
            policy = JSON.parse(text) as SlaPolicy;
          } catch (e) {
            const p = jsonDocumentProblem(e, a.policy, text);
            rep.problem(p);
            return void general.push(p);
          }
        }
      }
      readComplaintRecords(io, a.file, lang, {
        unreadable: (p) => {
          rep.problem(p);
          (p.line ? unreadable : general).push(p);
        },
        record: (value, line) => {
          const i = tally.size;
          lineOf.push(line);
          const found = tally.add(value);
          if (format === 'json') vIssues.push(...found);
          report(i, found.filter(fresh), 'records');
        },
      });
      result = tally.finish({ at: a.at ?? formatInstant(io.now().getTime(), settingsOf({}).cal.zone) /* “now” in the calendar's zone, like every instant printed */, from: a.from, to: a.to, policy });
      // Issues of one record that only counting, closure and metrics find: one more case per record, in record order.
      const late = new Map<number, ValidationIssue[]>();
      const batch: ValidationIssue[] = [];
      for (const x of result.issues) {
        if (!fresh(x)) continue;
        if (typeof x.path[0] === 'number') (late.get(x.path[0]) ?? late.set(x.path[0], []).get(x.path[0])!).push(x);
        else batch.push(x);
      }
      for (const [i, list] of [...late.entries()].sort((p, q) => p[0] - q[0])) report(i, list, 'count');
      missed = answer(result, batch, a, ctx, rep, { records: tally.size, recordErrors, warnings, unreadable: unreadable.length });
    },
    (p) => void general.push(p),
  );
  if (format === 'json') {
    const r = result;
    const failed = recordErrors > 0 || missed > 0;
    if (!r) io.stdout(JSON.stringify({ error: errorObject(general[0]!), ...(general.length > 1 ? { more: general.slice(1).map(errorObject) } : {}) }, null, 2));
    else {
      // One document, written part by part: at a million records a single JSON.stringify exceeds the longest string V8 makes.
      const { complaints, ...countRest } = r.count;
      writeDocument(io.stdout, [
        ['records', tally.size],
        ['issues', ((each) => vIssues.forEach(each)) as Stream],
        ['count', { ...countRest, complaints: ((each) => complaints.forEach(each)) as Stream }],
        ['statuses', ((each) => r.eachStatus((st) => each(st))) as Stream],
        ['metrics', r.metrics],
        ['unreadable', [...unreadable, ...general].map(errorObject)],
        ['ok', !failed],
      ]);
    }
  }
  return rep.end();
}

/** The counting answer: count, closure and metric cases (and the text); returns how many targets were missed. */
function answer(r: TallyResult, batch: readonly ValidationIssue[], a: CheckComplaintsArgs, ctx: CheckContext, rep: ReturnType<typeof openReport>, n: { records: number; recordErrors: number; warnings: number; unreadable: number }): number {
  const { lang, format, io } = ctx;
  const en = lang === 'en';
  const { count, metrics } = r;
  const m = metrics.rates;
  const rows: Rate[] = [m.consultationSatisfaction, m.returnVisit, m.badReviews.verified, m.badReviews.rectified, m.badReviews.revisited, m.closure, ...Object.values(m.onTime ?? {})];
  const missed = rows.filter((x) => x.target?.met === false);
  const rateText = (x: Rate): LocalizedText => {
    const part = `${pctText(x)} (${x.numerator}/${x.denominator}`;
    return x.target
      ? { 'zh-CN': `${part}，目标 ≥ ${x.target.min}%${x.target.met === undefined ? '，无数据' : ''})`, en: `${part}, target ≥ ${x.target.min}%${x.target.met === undefined ? ', no data' : ''})` }
      : { 'zh-CN': `${part})`, en: `${part})` };
  };
  const countSummary: LocalizedText = {
    'zh-CN': `统计投诉 ${count.total} 件（计入记录 ${count.countedRecords} 条，待核实 ${count.pending.length} 条，核实不予统计 ${count.notCounted.length} 条，非投诉 ${count.notComplaints.length} 条）`,
    en: `${count.total} statistical complaint(s) (records counted ${count.countedRecords}, pending verification ${count.pending.length}, verified not counted ${count.notCounted.length}, other kinds ${count.notComplaints.length})`,
  };
  const keyOf = (x: ValidationIssue): unknown => (x.details as { key?: unknown } | undefined)?.key;
  const keys = new Set(count.complaints.map((k) => k.key));
  const closure: LocalizedText = {
    'zh-CN': `结案状态（${formatInstant(r.atMs, r.zone)}）：未结 ${r.by.open}，已处理待关闭 ${r.by.resolved}，已关闭 ${r.by.closed}，重新打开 ${r.by.reopened}`,
    en: `Closure at ${formatInstant(r.atMs, r.zone)}: open ${r.by.open}, resolved ${r.by.resolved}, closed ${r.by.closed}, reopened ${r.by.reopened}`,
  };
  if (format !== 'text') {
    rep.record({ name: en ? 'complaint count' : '投诉计数', group: 'count', summary: countSummary, findings: batch.filter((x) => x.code !== 'CATEGORY_CONFLICT' || !keys.has(keyOf(x) as string)) });
    for (const x of count.complaints) {
      const ids = x.records!.map((k) => k.id);
      rep.record({ name: x.key, group: 'count', key: x.key, summary: { 'zh-CN': `[${x.category}] ${x.times} 次 ${x.people} 人 — ${ids.join('、')}`, en: `[${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'} — ${ids.join(', ')}` }, findings: batch.filter((y) => y.code === 'CATEGORY_CONFLICT' && keyOf(y) === x.key) });
    }
    rep.record({ name: en ? 'closure states' : '结案状态', group: 'closure', summary: closure, findings: [] });
    for (const x of rows) {
      const miss = x.target?.met === false;
      const message: LocalizedText = {
        'zh-CN': `${x.label['zh-CN']} ${pctText(x)}（${x.numerator}/${x.denominator}）未达到目标 ≥ ${x.target?.min}%（${metrics.from} 至 ${metrics.to}）`,
        en: `${x.label.en} ${pctText(x)} (${x.numerator}/${x.denominator}) misses the target ≥ ${x.target?.min}% (${metrics.from} … ${metrics.to})`,
      };
      const t = rateText(x);
      rep.record({ name: x.label[lang], group: 'metrics', key: x.label.en, summary: { 'zh-CN': `${t['zh-CN']} [${x.rule}]`, en: `${t.en} [${x.rule}]` }, findings: miss ? [{ code: 'TARGET_NOT_MET', rule: x.rule, severity: 'error', message }] : [] });
    }
    return missed.length;
  }
  // Text: the totals after the records' issues, then the answer.
  const out = (l: string): void => io.stdout(l);
  out(en ? `Records: ${n.records}, ${n.recordErrors} error(s), ${n.warnings} warning(s)` : `记录：${n.records} 条，${n.recordErrors} 个错误，${n.warnings} 个警告`);
  out(en ? `Statistical complaints: ${countSummary.en.replace(/ statistical complaint\(s\)/, '')}` : `统计投诉：${countSummary['zh-CN'].replace(/^统计投诉 /, '')}`);
  for (const x of count.complaints) {
    const heat = x.heat ? (en ? `, thread ${x.heat.thread}: ${x.heat.followUps} follow-ups, ${x.heat.replies} replies` : `，帖子 ${x.heat.thread}：跟帖 ${x.heat.followUps}，回复 ${x.heat.replies}`) : '';
    out(en ? `  ${x.key} [${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'}${heat} — ${x.records!.map((k) => k.id).join(', ')}` : `  ${x.key} [${x.category}] ${x.times} 次 ${x.people} 人${heat} — ${x.records!.map((k) => k.id).join('、')}`);
  }
  batch.forEach((x) => {
    rep.record({ name: en ? 'complaint count' : '投诉计数', group: 'count', findings: [x] });
    out(`  ${issueLine(x, lang)}`);
  });
  out(closure[lang]);
  r.eachStatus((st) => out(`  ${st.id} ${STATE[lang][st.state]} — ${st.explanation[lang]}`));
  out(en ? `Metrics ${metrics.from} … ${metrics.to}:` : `指标（${metrics.from} 至 ${metrics.to}）：`);
  for (const x of rows) {
    const mark = x.target?.met === false ? '✗' : x.target?.met === true ? '✓' : '·';
    out(`  ${mark} ${x.label[lang]} ${rateText(x)[lang]} [${x.rule}]`);
    if (x.target?.met === false) rep.record({ name: x.label[lang], group: 'metrics', key: x.label.en, findings: [{ code: 'TARGET_NOT_MET', rule: x.rule, severity: 'error', message: { 'zh-CN': x.label['zh-CN'], en: x.label.en } }] });
  }
  if (n.unreadable) out(en ? `${n.unreadable} unreadable line(s): not counted` : `${n.unreadable} 行无法读取，未计入`);
  const failed = n.recordErrors > 0 || missed.length > 0;
  out(failed ? (en ? `FAILED: ${n.recordErrors} record error(s), ${missed.length} target(s) missed` : `未通过：${n.recordErrors} 个记录错误，${missed.length} 项指标未达标`) : en ? 'OK' : '通过');
  return missed.length;
}

/** An array written element by element: it hands each element on. */
type Stream = (each: (x: unknown) => void) => void;
type Part = unknown;

const isStreamed = (v: Part): boolean => typeof v === 'function' || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'function'));

/** A JSON object written as it goes (a function value is an array written element by element), one element a line. */
function writeDocument(out: (t: string) => void, entries: readonly [string, Part][], indent = ''): void {
  out(`${indent}{`);
  entries.forEach(([k, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const key = `${indent}  ${JSON.stringify(k)}: `;
    if (!isStreamed(v)) return out(`${key}${JSON.stringify(v)}${comma}`);
    if (typeof v !== 'function') {
      out(key);
      writeDocument(out, Object.entries(v as Record<string, Part>), `${indent}  `);
      if (comma) out(`${indent}  ${comma}`);
      return;
    }
    out(`${key}[`);
    let first = true;
    (v as Stream)((x) => {
      out(`${first ? '' : ','}${indent}    ${JSON.stringify(x)}`);
      first = false;
    });
    out(`${indent}  ]${comma}`);
  });
  out(`${indent}}`);
}
