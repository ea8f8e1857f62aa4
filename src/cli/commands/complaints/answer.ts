import { formatInstant } from '../../../_lib/formatInstant';
import type { LazyCount } from '../../../complaint/_lib/countTally';
import type { ComplaintMetrics } from '../../../complaint/_lib/metricsTypes';
import type { Rate } from '../../../complaint/_lib/rate';
import type { ComplaintState } from '../../../complaint/_lib/status';
import type { Zone } from '../../../_lib/zone';
import type { ValidationIssue } from '../../../errors/issues';
import type { Locale, LocalizedText } from '../../../errors/types';
import type { CheckContext } from '../../_lib/check';
import { tag, type Reporter } from '../../_lib/report/index';

// check-complaints' answer once every record is in: the count, the closure states, the metrics against their targets —
// as cases of the CI formats, or as text; and the json document, written part by part.

const pctText = (r: Rate): string => (r.percent === undefined ? '—' : `${r.percent}%`);

export const issueLine = (i: ValidationIssue, lang: Locale): string => `${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`;

/** What counting, closure and metrics came to. */
export interface Answer {
  /** The statistical complaints are presented as they are written. */
  readonly count: LazyCount;
  readonly metrics: ComplaintMetrics;
  /** Complaint records by closure state at `atMs` (CMP-14). */
  readonly by: Record<ComplaintState, number>;
  /** Writes each complaint record's closure state as printed (text: one line each), in record order. */
  readonly eachStatus: (each: (line: string) => void) => void;
  readonly atMs: number;
  readonly zone: Zone;
}

/** The counting answer: count, closure and metric cases (and the text); returns how many targets were missed. */
export function answer(r: Answer, batch: readonly ValidationIssue[], ctx: CheckContext, rep: Reporter, n: { records: number; recordErrors: number; warnings: number; unreadable: number }): number {
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
  const keys = new Set(count.keys());
  const closure: LocalizedText = {
    'zh-CN': `结案状态（${formatInstant(r.atMs, r.zone)}）：未结 ${r.by.open}，已处理待关闭 ${r.by.resolved}，已关闭 ${r.by.closed}，重新打开 ${r.by.reopened}`,
    en: `Closure at ${formatInstant(r.atMs, r.zone)}: open ${r.by.open}, resolved ${r.by.resolved}, closed ${r.by.closed}, reopened ${r.by.reopened}`,
  };
  if (format !== 'text') {
    rep.record({ name: en ? 'complaint count' : '投诉计数', group: 'count', summary: countSummary, findings: batch.filter((x) => x.code !== 'CATEGORY_CONFLICT' || !keys.has(keyOf(x) as string)) });
    // CMP-07: each complaint's case carries its category conflict.
    const conflicts = new Map<unknown, ValidationIssue[]>();
    for (const y of batch) if (y.code === 'CATEGORY_CONFLICT') (conflicts.get(keyOf(y)) ?? conflicts.set(keyOf(y), []).get(keyOf(y))!).push(y);
    // json writes the complaints itself: the reporter needs only their findings (the complaints are not presented twice).
    if (format === 'json') for (const key of keys) rep.record({ name: key, group: 'count', key, findings: conflicts.get(key) ?? [] });
    else {
      for (const x of count.complaints) {
        const ids = x.records!.map((k) => k.id);
        rep.record({ name: x.key, group: 'count', key: x.key, summary: { 'zh-CN': `[${x.category}] ${x.times} 次 ${x.people} 人 — ${ids.join('、')}`, en: `[${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'} — ${ids.join(', ')}` }, findings: conflicts.get(x.key) ?? [] });
      }
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
  r.eachStatus(out);
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
export type Stream = (each: (x: unknown) => void) => void;

/** A stream whose elements are JSON text already (written as they are). */
export const raw = (s: (each: (json: string) => void) => void): Stream => Object.assign(s as Stream, { raw: true });
type Part = unknown;

const isStreamed = (v: Part): boolean => typeof v === 'function' || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some(isStreamed));

/** A JSON object written as it goes (a function value is an array written element by element), one element a line. */
export function writeDocument(out: (t: string) => void, entries: readonly [string, Part][], indent = ''): void {
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
    const isRaw = (v as { raw?: boolean }).raw === true;
    (v as Stream)((x) => {
      out(`${first ? '' : ','}${indent}    ${isRaw ? (x as string) : JSON.stringify(x)}`);
      first = false;
    });
    out(`${indent}  ]${comma}`);
  });
  out(`${indent}}`);
}
