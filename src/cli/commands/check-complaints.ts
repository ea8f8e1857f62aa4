import { formatDay } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import { toEpochMs } from '../../_lib/input';
import { complaintMetrics } from '../../complaint/complaintMetrics';
import { limitText, presentStatus, type ComplaintStatus } from '../../complaint/complaintStatus';
import { countCore } from '../../complaint/_lib/count';
import type { Rate } from '../../complaint/_lib/rate';
import { ms, type Loose } from '../../complaint/_lib/read';
import { repeatIndex } from '../../complaint/_lib/status';
import { settingsOf } from '../../complaint/_lib/statusSettings';
import { validateComplaintRecords } from '../../complaint/validateComplaintRecords';
import type { ComplaintRecord } from '../../complaint/schema';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale } from '../../errors/types';
import type { SlaPolicy } from '../../sla/schema';

/** What check-complaints needs from the CLI around it. */
export interface CheckComplaintsContext {
  lang: Locale;
  json: boolean;
  out: (x: unknown) => void;
  readFile: (path: string) => string;
  now: () => Date;
  issueLines: (issues: readonly ValidationIssue[], lang: Locale) => string[];
  /** Preset policies by id. */
  presets: Readonly<Record<string, SlaPolicy>>;
  usage: (message: string) => Error;
}

export interface CheckComplaintsArgs {
  file: string;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  policy?: string | undefined;
}

/** A JSON array, `{ records: [...] }`, or NDJSON (one record per line). */
export function readRecords(text: string, lang: Locale, usage: (m: string) => Error): unknown[] {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('[')) return JSON.parse(t) as unknown[];
  if (t.startsWith('{')) {
    try {
      const one = JSON.parse(t) as { records?: unknown };
      if (Array.isArray(one.records)) return one.records;
      return [one];
    } catch {
      // not one JSON value: NDJSON below
    }
  }
  return t.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch (e) {
      throw usage(lang === 'en' ? `line ${i + 1}: not JSON (${(e as Error).message})` : `第 ${i + 1} 行不是 JSON（${(e as Error).message}）`);
    }
  });
}

const pctText = (r: Rate): string => (r.percent === undefined ? '—' : `${r.percent}%`);

/**
 * `guifan check-complaints FILE`: record issues (validateComplaintRecords),
 * statistical counts (CMP-03…07), closure states (CMP-14, CMP-15) and metrics
 * against their targets (CMP-19, CMP-15). Exit 1 when a record has an error
 * or a target is missed.
 */
export function checkComplaints(a: CheckComplaintsArgs, c: CheckComplaintsContext): number {
  const { lang } = c;
  const en = lang === 'en';
  const records = readRecords(c.readFile(a.file), lang, c.usage);
  const v = validateComplaintRecords(records);
  const atText = a.at ?? c.now().toISOString();
  const atMs = toEpochMs(atText);
  const s = settingsOf({});
  const zone = s.cal.zone;
  let first = Infinity;
  for (const r of records) {
    const t = r !== null && typeof r === 'object' ? ms((r as Loose).receivedAt) : undefined;
    if (t !== undefined && t < first) first = t;
  }
  const from = a.from ?? formatDay(zone.dayOf(first === Infinity ? atMs : Math.min(first, atMs)));
  const to = a.to ?? formatDay(zone.dayOf(atMs));
  let policy: SlaPolicy | undefined;
  if (a.policy !== undefined) policy = c.presets[a.policy] ?? (JSON.parse(c.readFile(a.policy)) as SlaPolicy);
  const count = countCore(records, { detail: 'records', ids: 'check' });
  const idx = repeatIndex(records);
  const statuses: ComplaintStatus[] = [];
  for (const r of records) {
    const x = r as Loose;
    if (x === null || typeof x !== 'object' || x.kind !== 'complaint' || typeof x.id !== 'string') continue;
    statuses.push(presentStatus(x, atMs, s, idx, limitText(undefined, '一周内'), limitText(undefined, '三日内')));
  }
  const metrics = complaintMetrics(records as ComplaintRecord[], { from, to, at: atText, statistics: false, ...(policy ? { policy } : {}) });
  const recordErrors = v.issues.filter((i) => i.severity === 'error').length;
  const missed = metrics.targets.filter((t) => t.met === false);
  const failed = recordErrors > 0 || missed.length > 0;
  if (c.json) {
    c.out({ records: records.length, issues: v.issues, count, statuses, metrics, ok: !failed });
    return failed ? 1 : 0;
  }
  const lines: string[] = [];
  const warnings = v.issues.length - recordErrors;
  lines.push(en ? `Records: ${records.length}, ${recordErrors} error(s), ${warnings} warning(s)` : `记录：${records.length} 条，${recordErrors} 个错误，${warnings} 个警告`);
  c.issueLines(v.issues, lang).forEach((l) => lines.push(`  ${l}`));
  lines.push(
    en
      ? `Statistical complaints: ${count.total} (records counted ${count.countedRecords}, pending verification ${count.pending.length}, verified not counted ${count.notCounted.length}, other kinds ${count.notComplaints.length})`
      : `统计投诉：${count.total} 件（计入记录 ${count.countedRecords} 条，待核实 ${count.pending.length} 条，核实不予统计 ${count.notCounted.length} 条，非投诉 ${count.notComplaints.length} 条）`,
  );
  for (const x of count.complaints) {
    const heat = x.heat ? (en ? `, thread ${x.heat.thread}: ${x.heat.followUps} follow-ups, ${x.heat.replies} replies` : `，帖子 ${x.heat.thread}：跟帖 ${x.heat.followUps}，回复 ${x.heat.replies}`) : '';
    lines.push(en ? `  ${x.key} [${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'}${heat} — ${x.records!.map((m) => m.id).join(', ')}` : `  ${x.key} [${x.category}] ${x.times} 次 ${x.people} 人${heat} — ${x.records!.map((m) => m.id).join('、')}`);
  }
  if (count.issues.length) c.issueLines(count.issues, lang).forEach((l) => lines.push(`  ${l}`));
  const by: Record<string, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
  for (const st of statuses) by[st.state]!++;
  lines.push(en ? `Closure at ${formatInstant(atMs, zone)}: open ${by.open}, resolved ${by.resolved}, closed ${by.closed}, reopened ${by.reopened}` : `结案状态（${formatInstant(atMs, zone)}）：未结 ${by.open}，已处理待关闭 ${by.resolved}，已关闭 ${by.closed}，重新打开 ${by.reopened}`);
  for (const st of statuses) lines.push(`  ${st.id} ${st.state} — ${st.explanation[lang]}`);
  lines.push(en ? `Metrics ${metrics.from} … ${metrics.to}:` : `指标（${metrics.from} 至 ${metrics.to}）：`);
  const r = metrics.rates;
  const rows: [Rate, string][] = [
    [r.consultationSatisfaction, 'consultationSatisfaction'],
    [r.returnVisit, 'returnVisit'],
    [r.badReviews.verified, 'badReviews.verified'],
    [r.badReviews.rectified, 'badReviews.rectified'],
    [r.badReviews.revisited, 'badReviews.revisited'],
    [r.closure, 'closure'],
    ...Object.values(r.onTime ?? {}).map((x) => [x, 'onTime'] as [Rate, string]),
  ];
  for (const [x] of rows) {
    const mark = x.target?.met === false ? '✗' : x.target?.met === true ? '✓' : '·';
    const target = x.target ? (en ? `, target ≥ ${x.target.min}%` : `，目标 ≥ ${x.target.min}%`) : '';
    lines.push(`  ${mark} ${x.label[lang]} ${pctText(x)} (${x.numerator}/${x.denominator}${target}) [${x.rule}]`);
  }
  lines.push(failed ? (en ? `FAILED: ${recordErrors} record error(s), ${missed.length} target(s) missed` : `未通过：${recordErrors} 个记录错误，${missed.length} 项指标未达标`) : en ? 'OK' : '通过');
  lines.forEach((l) => c.out(l));
  return failed ? 1 : 0;
}
