// The check-complaints of before the lean rewrite (every whole record held, then validated, counted and measured),
// kept as the reference the lean command must match (test/ci/complaints-lean.test.ts): text line for line, json value for
// value; for the CI formats it writes the canonical list of findings, which the command's SARIF must carry.
import { formatDay } from '../../src/_lib/civil';
import { formatInstant } from '../../src/_lib/formatInstant';
import { toEpochMs } from '../../src/_lib/input';
import { complaintMetrics } from '../../src/complaint/complaintMetrics';
import { limitText, presentStatus, type ComplaintStatus } from '../../src/complaint/complaintStatus';
import { countCore } from '../../src/complaint/_lib/count';
import type { Rate } from '../../src/complaint/_lib/rate';
import { ms, type Loose } from '../../src/complaint/_lib/read';
import { repeatIndex } from '../../src/complaint/_lib/repeatLog';
import { settingsOf } from '../../src/complaint/_lib/statusSettings';
import { validateComplaintRecords } from '../../src/complaint/validateComplaintRecords';
import type { ComplaintRecord } from '../../src/complaint/schema';
import type { ValidationIssue } from '../../src/errors/issues';
import type { Locale, LocalizedText } from '../../src/errors/types';
import { jsonErrorText } from '../../src/cli/_lib/jsonError';
import { isNdjsonPath } from '../../src/cli/_lib/input/read';

type ReportFormat = 'text' | 'json' | 'junit' | 'github' | 'sarif';
interface ReportCase {
  name: string;
  group?: string;
  line?: number;
  summary?: LocalizedText;
  issues: { code: string; rule?: string | undefined; severity: string; message: LocalizedText; line?: number }[];
}
/** The findings of the cases, canonical (code|rule|severity|line|English message, sorted): what every CI format must carry. */
function renderReport(report: { cases: ReportCase[] }): string {
  return JSON.stringify(report.cases.flatMap((c) => c.issues.map((i) => `${i.code}|${i.rule ?? ''}|${i.severity}|${i.line ?? c.line ?? 1}|${i.message.en}`)).sort());
}
import type { ComplaintState } from '../../src/complaint/_lib/status';
import type { SlaPolicy } from '../../src/sla/schema';

/** What check-complaints needs from the CLI around it. */
export interface CheckComplaintsContext {
  lang: Locale;
  format: ReportFormat;
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  /** Lines of an NDJSON file or of standard input, as they come. */
  readLines?: (path: string) => Iterable<string>;
  now: () => Date;
  /** Preset policies by id. */
  presets: Readonly<Record<string, SlaPolicy>>;
  version: string;
  /** A usage error (exit 2, with the help). */
  usage: (message: string) => Error;
}

export interface CheckComplaintsArgs {
  file: string;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  policy?: string | undefined;
}

/** The records read, the 1-based line of each where known, and the lines that are not JSON. */
export interface ReadRecords {
  records: unknown[];
  lines: (number | undefined)[];
  /** `code`: a record that is not an object (INVALID_INPUT); a line that is not JSON has none. */
  unreadable: { line: number; message: LocalizedText; code?: string }[];
}

// Since issue 26's exit-code table was applied to every check: a record that is not an object (null, a number, a string,
// true, an array) is not checked (exit 2), like a line that is not JSON.
const NOT_A_RECORD: LocalizedText = { 'zh-CN': '一条记录应为 JSON 对象（记录文件为记录数组、{ records: [...] } 或 NDJSON）', en: 'a record is a JSON object (the records file holds an array of records, { records: [...] } or NDJSON)' };

function objectsOnly(r: ReadRecords): ReadRecords {
  const out: ReadRecords = { records: [], lines: [], unreadable: [...r.unreadable] };
  r.records.forEach((x, i) => {
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      out.records.push(x);
      out.lines.push(r.lines[i]);
    } else out.unreadable.push({ line: r.lines[i]!, message: NOT_A_RECORD, code: 'INVALID_INPUT' });
  });
  out.unreadable.sort((p, q) => p.line - q.line);
  return out;
}

/** A JSON array, `{ records: [...] }` or one record; anything else is a usage error. */
function fromDocument(value: unknown, text: string, lang: Locale, usage: (m: string) => Error): ReadRecords {
  let records: unknown[];
  let lines: (number | undefined)[] | undefined;
  if (Array.isArray(value)) records = value;
  else if (value !== null && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) records = (value as { records: unknown[] }).records;
  else if (value !== null && typeof value === 'object') {
    records = [value];
    lines = [1 + (text.slice(0, text.search(/\S/)).match(/\n/g)?.length ?? 0)];
  } else throw usage(lang === 'en' ? 'the records file holds an array of records, { records: [...] } or NDJSON (one record per line)' : '记录文件应为记录数组、{ records: [...] } 或 NDJSON（每行一条记录）');
  if (!lines) {
    const found = elementLines(text);
    lines = found.length === records.length ? found : records.map(() => undefined);
  }
  return { records, lines, unreadable: [] };
}

/** NDJSON, one record per line: a line that is not JSON is set aside with its number, the others are still read. */
function fromLines(first: readonly string[], rest: Iterator<string> | undefined): ReadRecords {
  const out: ReadRecords = { records: [], lines: [], unreadable: [] };
  let n = 0;
  const each = (raw: string): void => {
    n++;
    if (!raw.trim()) return;
    try {
      out.records.push(JSON.parse(raw) as unknown);
      out.lines.push(n);
    } catch (e) {
      out.unreadable.push({ line: n, message: jsonErrorText(e) });
    }
  };
  for (const l of first) each(l);
  if (rest) for (let r = rest.next(); !r.done; r = rest.next()) each(r.value);
  // One line holding { records: [...] } is that document.
  const only = out.records[0] as { records?: unknown; id?: unknown } | undefined;
  if (out.records.length === 1 && out.unreadable.length === 0 && only !== null && typeof only === 'object' && Array.isArray(only.records) && only.id === undefined) {
    return { records: only.records as unknown[], lines: (only.records as unknown[]).map(() => out.lines[0]), unreadable: [] };
  }
  return out;
}

/**
 * The records of `file`: `.ndjson`, `.jsonl` and `-` are read line by line
 * (unless the first line opens a JSON document: `[`, or `{` alone); other
 * files are one JSON document, or NDJSON when they are not one JSON value.
 */
export function readComplaintRecords(file: string, c: Pick<CheckComplaintsContext, 'readFile' | 'readLines' | 'lang' | 'usage'>): ReadRecords {
  return objectsOnly(readAll(file, c));
}

function readAll(file: string, c: Pick<CheckComplaintsContext, 'readFile' | 'readLines' | 'lang' | 'usage'>): ReadRecords {
  if (isNdjsonPath(file)) {
    const it = (c.readLines ? c.readLines(file) : c.readFile(file).split(/\r?\n/))[Symbol.iterator]();
    const head: string[] = [];
    for (let r = it.next(); !r.done; r = it.next()) {
      head.push(r.value);
      if (r.value.trim()) break;
    }
    const start = head.find((l) => l.trim())?.trim() ?? '';
    if (start.startsWith('[') || start === '{') {
      for (let r = it.next(); !r.done; r = it.next()) head.push(r.value);
      const text = head.join('\n');
      return fromDocument(JSON.parse(text), text, c.lang, c.usage);
    }
    return fromLines(head, it);
  }
  const text = c.readFile(file);
  const t = text.trim();
  if (t === '') return { records: [], lines: [], unreadable: [] };
  if (t.startsWith('[')) return fromDocument(JSON.parse(text), text, c.lang, c.usage);
  if (t.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fromLines(text.split(/\r?\n/), undefined); // not one JSON value: NDJSON
    }
    return fromDocument(value, text, c.lang, c.usage);
  }
  return fromLines(text.split(/\r?\n/), undefined);
}

/**
 * The 1-based line where each element of the top-level array starts — or of
 * the `records` array of a top-level object — so that CI annotations of a
 * JSON file point at the record. Strings are skipped, so brackets inside
 * them do not count.
 */
export function elementLines(text: string): number[] {
  const out: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let target = 0; // depth of the array whose elements are wanted; -1 once it is closed
  let want = false;
  let inStr = false;
  let esc = false;
  let str = '';
  let lastKey = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\n') line++;
    if (inStr) {
      if (esc) esc = false;
      else if (ch === '\\') esc = true;
      else if (ch === '"') {
        inStr = false;
        if (stack.length === 1) lastKey = str;
      } else if (stack.length === 1) str += ch;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (want && stack.length === target && ch !== ']') {
      out.push(line);
      want = false;
    }
    if (ch === '"') {
      inStr = true;
      str = '';
    } else if (ch === '[') {
      stack.push('[');
      if (target === 0 && (stack.length === 1 || (stack.length === 2 && stack[0] === '{' && lastKey === 'records'))) {
        target = stack.length;
        want = true;
      }
    } else if (ch === '{') stack.push('{');
    else if (ch === ']' || ch === '}') {
      if (stack.length === target) target = -1;
      stack.pop();
    } else if (ch === ',' && stack.length === target) want = true;
  }
  return out;
}

const pctText = (r: Rate): string => (r.percent === undefined ? '—' : `${r.percent}%`);

const STATE: Record<Locale, Record<ComplaintState, string>> = {
  'zh-CN': { open: '未结', resolved: '已处理待关闭', closed: '已关闭', reopened: '重新打开' },
  en: { open: 'open', resolved: 'resolved', closed: 'closed', reopened: 'reopened' },
};

const issueLine = (i: ValidationIssue, lang: Locale): string => `${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`;

/**
 * `guifan check-complaints FILE`: record issues (validateComplaintRecords),
 * statistical counts (CMP-03…07), closure states (CMP-14, CMP-15) and metrics
 * against their targets (CMP-19, CMP-15). Exit 1 when a record has an error
 * or a target is missed, 2 when a line cannot be read (after the others are
 * checked). Counting merges records across the whole file (same matter,
 * thread follow-ups, repeats within the quiet week), so the records are held
 * in memory; NDJSON is still parsed line by line, never as one string.
 *
 * In the CI formats (`--format junit|github|sarif`) every record is one test
 * case (failing on a record error), every statistical complaint one passing
 * case with its counts, and every metric one case that fails when it misses
 * its target (code `TARGET_NOT_MET`, the metric's rule).
 */
export function checkComplaints(a: CheckComplaintsArgs, c: CheckComplaintsContext): number {
  const { lang, format } = c;
  const en = lang === 'en';
  const input = readComplaintRecords(a.file, c);
  const { records, lines: lineOf, unreadable } = input;
  for (const u of unreadable) c.err(`${a.file}:${u.line}: ${u.code ? `[${u.code} CMP-03] ` : ''}${u.message[lang]}`);
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
  const statusOf = new Map<number, ComplaintStatus>();
  records.forEach((r, i) => {
    const x = r as Loose;
    if (x === null || typeof x !== 'object' || x.kind !== 'complaint' || typeof x.id !== 'string') return;
    statusOf.set(i, presentStatus(x, atMs, s, idx, limitText(undefined, '一周内'), limitText(undefined, '三日内')));
  });
  const statuses = [...statusOf.values()];
  const metrics = complaintMetrics(records as ComplaintRecord[], { from, to, at: atText, statistics: false, ...(policy ? { policy } : {}) });

  // Each record's issues: the validator's, and those counting, closure and metrics found that it did not (same code and path).
  const perRecord = new Map<number, ValidationIssue[]>();
  const batchIssues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const add = (i: ValidationIssue): void => {
    const key = `${i.code}\u0000${JSON.stringify(i.path)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (typeof i.path[0] === 'number') {
      const list = perRecord.get(i.path[0]) ?? [];
      list.push(i);
      perRecord.set(i.path[0], list);
    } else batchIssues.push(i);
  };
  v.issues.forEach(add);
  count.issues.forEach(add);
  statuses.forEach((st) => st.issues.forEach(add));
  metrics.issues.forEach(add);
  const recordIssues = [...perRecord.values()].flat();
  const recordErrors = recordIssues.filter((i) => i.severity === 'error').length;
  const warnings = recordIssues.length - recordErrors;

  const r = metrics.rates;
  const rows: Rate[] = [r.consultationSatisfaction, r.returnVisit, r.badReviews.verified, r.badReviews.rectified, r.badReviews.revisited, r.closure, ...Object.values(r.onTime ?? {})];
  const missed = rows.filter((x) => x.target?.met === false);
  const failed = recordErrors > 0 || missed.length > 0;
  const code = unreadable.length ? 2 : failed ? 1 : 0;
  const rateText = (x: Rate): LocalizedText => {
    const part = `${pctText(x)} (${x.numerator}/${x.denominator}`;
    return x.target
      ? { 'zh-CN': `${part}，目标 ≥ ${x.target.min}%${x.target.met === undefined ? '，无数据' : ''})`, en: `${part}, target ≥ ${x.target.min}%${x.target.met === undefined ? ', no data' : ''})` }
      : { 'zh-CN': `${part})`, en: `${part})` };
  };

  if (format === 'json') {
    c.out(JSON.stringify({ records: records.length, issues: v.issues, count, statuses, metrics, unreadable, ok: !failed }, null, 2));
    return code;
  }
  if (format === 'junit' || format === 'github' || format === 'sarif') {
    const cases: ReportCase[] = unreadable.map((u) => ({ name: `${a.file}:${u.line}`, group: 'records', line: u.line, issues: [{ code: u.code ?? 'INVALID_JSON', severity: 'error', message: u.message, line: u.line }] }));
    records.forEach((rec, i) => {
      const id = rec !== null && typeof rec === 'object' && typeof (rec as Loose).id === 'string' && (rec as Loose).id !== '' ? String((rec as Loose).id) : `#${i}`;
      const line = lineOf[i];
      const st = statusOf.get(i);
      const own = (perRecord.get(i) ?? []).map((x) => ({ ...x, path: x.path.slice(1), ...(line ? { line } : {}) }));
      cases.push({ name: id, group: 'records', ...(line ? { line } : {}), ...(st ? { summary: st.explanation } : {}), issues: own });
    });
    const countSummary: LocalizedText = {
      'zh-CN': `统计投诉 ${count.total} 件（计入记录 ${count.countedRecords} 条，待核实 ${count.pending.length} 条，核实不予统计 ${count.notCounted.length} 条，非投诉 ${count.notComplaints.length} 条）`,
      en: `${count.total} statistical complaint(s) (records counted ${count.countedRecords}, pending verification ${count.pending.length}, verified not counted ${count.notCounted.length}, other kinds ${count.notComplaints.length})`,
    };
    const conflicts = (key: string) => batchIssues.filter((x) => x.code === 'CATEGORY_CONFLICT' && (x.details as { key?: unknown } | undefined)?.key === key);
    cases.push({ name: en ? 'complaint count' : '投诉计数', group: 'count', summary: countSummary, issues: batchIssues.filter((x) => x.code !== 'CATEGORY_CONFLICT' || !count.complaints.some((k) => k.key === (x.details as { key?: unknown } | undefined)?.key)) });
    for (const x of count.complaints) {
      const ids = x.records!.map((m) => m.id);
      cases.push({ name: x.key, group: 'count', summary: { 'zh-CN': `[${x.category}] ${x.times} 次 ${x.people} 人 — ${ids.join('、')}`, en: `[${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'} — ${ids.join(', ')}` }, issues: conflicts(x.key) });
    }
    for (const x of rows) {
      const t = rateText(x);
      const miss = x.target?.met === false;
      const message: LocalizedText = {
        'zh-CN': `${x.label['zh-CN']} ${pctText(x)}（${x.numerator}/${x.denominator}）未达到目标 ≥ ${x.target?.min}%（${metrics.from} 至 ${metrics.to}）`,
        en: `${x.label.en} ${pctText(x)} (${x.numerator}/${x.denominator}) misses the target ≥ ${x.target?.min}% (${metrics.from} … ${metrics.to})`,
      };
      cases.push({ name: x.label[lang], group: 'metrics', summary: { 'zh-CN': `${t['zh-CN']} [${x.rule}]`, en: `${t.en} [${x.rule}]` }, issues: miss ? [{ code: 'TARGET_NOT_MET', rule: x.rule, severity: 'error', message }] : [] });
    }
    c.out(renderReport({ cases }));
    return code;
  }

  const out: string[] = [];
  out.push(en ? `Records: ${records.length}, ${recordErrors} error(s), ${warnings} warning(s)` : `记录：${records.length} 条，${recordErrors} 个错误，${warnings} 个警告`);
  for (const [i, list] of [...perRecord.entries()].sort((x, y) => x[0] - y[0])) {
    const line = lineOf[i];
    for (const x of list) out.push(`  ${line ? `${a.file}:${line}: ` : ''}${issueLine(x, lang)}`);
  }
  out.push(
    en
      ? `Statistical complaints: ${count.total} (records counted ${count.countedRecords}, pending verification ${count.pending.length}, verified not counted ${count.notCounted.length}, other kinds ${count.notComplaints.length})`
      : `统计投诉：${count.total} 件（计入记录 ${count.countedRecords} 条，待核实 ${count.pending.length} 条，核实不予统计 ${count.notCounted.length} 条，非投诉 ${count.notComplaints.length} 条）`,
  );
  for (const x of count.complaints) {
    const heat = x.heat ? (en ? `, thread ${x.heat.thread}: ${x.heat.followUps} follow-ups, ${x.heat.replies} replies` : `，帖子 ${x.heat.thread}：跟帖 ${x.heat.followUps}，回复 ${x.heat.replies}`) : '';
    out.push(en ? `  ${x.key} [${x.category}] ${x.times} time(s), ${x.people} ${x.people === 1 ? 'person' : 'people'}${heat} — ${x.records!.map((m) => m.id).join(', ')}` : `  ${x.key} [${x.category}] ${x.times} 次 ${x.people} 人${heat} — ${x.records!.map((m) => m.id).join('、')}`);
  }
  batchIssues.forEach((x) => out.push(`  ${issueLine(x, lang)}`));
  const by: Record<ComplaintState, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
  for (const st of statuses) by[st.state]++;
  out.push(en ? `Closure at ${formatInstant(atMs, zone)}: open ${by.open}, resolved ${by.resolved}, closed ${by.closed}, reopened ${by.reopened}` : `结案状态（${formatInstant(atMs, zone)}）：未结 ${by.open}，已处理待关闭 ${by.resolved}，已关闭 ${by.closed}，重新打开 ${by.reopened}`);
  for (const st of statuses) out.push(`  ${st.id} ${STATE[lang][st.state]} — ${st.explanation[lang]}`);
  out.push(en ? `Metrics ${metrics.from} … ${metrics.to}:` : `指标（${metrics.from} 至 ${metrics.to}）：`);
  for (const x of rows) {
    const mark = x.target?.met === false ? '✗' : x.target?.met === true ? '✓' : '·';
    out.push(`  ${mark} ${x.label[lang]} ${rateText(x)[lang]} [${x.rule}]`);
  }
  if (unreadable.length) out.push(en ? `${unreadable.length} unreadable line(s): not counted` : `${unreadable.length} 行无法读取，未计入`);
  out.push(failed ? (en ? `FAILED: ${recordErrors} record error(s), ${missed.length} target(s) missed` : `未通过：${recordErrors} 个记录错误，${missed.length} 项指标未达标`) : en ? 'OK' : '通过');
  out.forEach((l) => c.out(l));
  return code;
}
