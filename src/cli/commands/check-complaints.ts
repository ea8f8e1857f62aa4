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
import { checkRecord, eventTypesOf } from '../../complaint/_lib/checkRecord';
import { resolveTaxonomy } from '../../complaint/_lib/taxonomyIndex';
import { makeIssue } from '../../complaint/_lib/makeIssue';
import { repathIssue } from '../../errors/buildIssue';
import { compactComplaint, recordHash } from '../_lib/compactComplaint';
import type { ComplaintRecord } from '../../complaint/schema';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale, LocalizedText } from '../../errors/types';
import { jsonErrorText } from '../_lib/jsonError';
import { renderReport, type ReportCase, type ReportFormat } from '../_lib/report';
import { isNdjsonPath } from './check-sla-stream';
import type { ComplaintState } from '../../complaint/_lib/status';
import type { SlaPolicy } from '../../sla/schema';

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

/** Where the records go as they are read: one at a time, with its 1-based line where known; a line that is not JSON on its own. */
export interface RecordSink {
  record: (value: unknown, line: number | undefined) => void;
  unreadable: (line: number, message: LocalizedText) => void;
}

/** A JSON array, `{ records: [...] }` or one record; anything else is a usage error. */
function fromDocument(value: unknown, text: string, lang: Locale, usage: (m: string) => Error, sink: RecordSink): void {
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
    if (found.length === records.length) lines = found;
  }
  for (let i = 0; i < records.length; i++) sink.record(records[i], lines?.[i]);
}

/**
 * NDJSON, one record per line, handed on as each line comes: a line that is
 * not JSON is set aside with its number, the others are still read. Only the
 * first record waits for the second line: one line holding `{ records: [...] }`
 * is that document.
 */
function fromLines(lines: Iterator<string>, sink: RecordSink): void {
  let n = 0;
  let held: { value: unknown; line: number } | undefined;
  let any = false;
  let bad = false;
  for (let r = lines.next(); !r.done; r = lines.next()) {
    n++;
    const raw = r.value;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw) as unknown;
    } catch (e) {
      bad = true;
      sink.unreadable(n, jsonErrorText(e));
      continue;
    }
    if (!any) {
      any = true;
      held = { value, line: n };
      continue;
    }
    if (held) {
      sink.record(held.value, held.line);
      held = undefined;
    }
    sink.record(value, n);
  }
  if (!held) return;
  const only = held.value as { records?: unknown; id?: unknown } | null;
  if (!bad && only !== null && typeof only === 'object' && Array.isArray(only.records) && only.id === undefined) {
    for (const x of only.records as unknown[]) sink.record(x, held.line);
  } else sink.record(held.value, held.line);
}

/**
 * Reads the records of `file` into `sink`: `.ndjson`, `.jsonl` and `-` line
 * by line (unless the first line opens a JSON document: `[`, or `{` alone);
 * other files are one JSON document, or NDJSON when they are not one JSON value.
 */
export function readComplaintRecords(file: string, c: Pick<CheckComplaintsContext, 'readFile' | 'readLines' | 'lang' | 'usage'>, sink: RecordSink): void {
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
      fromDocument(JSON.parse(text), text, c.lang, c.usage, sink);
      return;
    }
    let k = 0;
    const chained: Iterator<string> = { next: () => (k < head.length ? { done: false, value: head[k++]! } : it.next()) };
    fromLines(chained, sink);
    return;
  }
  const text = c.readFile(file);
  const t = text.trim();
  if (t === '') return;
  if (t.startsWith('[')) return fromDocument(JSON.parse(text), text, c.lang, c.usage, sink);
  if (t.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fromLines(text.split(/\r?\n/)[Symbol.iterator](), sink); // not one JSON value: NDJSON
    }
    return fromDocument(value, text, c.lang, c.usage, sink);
  }
  fromLines(text.split(/\r?\n/)[Symbol.iterator](), sink);
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

/** A record's case name in the CI formats: its id, else `#<index>`. */
const caseName = (rec: unknown, i: number): string => (rec !== null && typeof rec === 'object' && typeof (rec as Loose).id === 'string' && (rec as Loose).id !== '' ? String((rec as Loose).id) : `#${i}`);

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
 * thread follow-ups, repeats within the quiet week), so memory cannot be
 * constant: each record is validated as its line is read and only a compact
 * form is kept (compactComplaint: the fields counting, closure and metrics
 * read), about 1 KB per record; `--format github` writes a record's
 * annotations at once. The library then runs on the compact records.
 *
 * In the CI formats (`--format junit|github|sarif`) every record is one test
 * case (failing on a record error), every statistical complaint one passing
 * case with its counts, and every metric one case that fails when it misses
 * its target (code `TARGET_NOT_MET`, the metric's rule).
 */
export function checkComplaints(a: CheckComplaintsArgs, c: CheckComplaintsContext): number {
  const { lang, format } = c;
  const en = lang === 'en';
  const withSla = a.policy !== undefined;
  // GitHub annotations of a record's own issues go out as its line is read; the other formats need the totals first.
  const streamed = format === 'github';
  const records: unknown[] = []; // compact (compactComplaint), in input order: path[0] is the index here
  const lineOf: (number | undefined)[] = [];
  const unreadable: { line: number; message: LocalizedText }[] = [];
  const keepIssues = format === 'json'; // the validator's list, printed whole only there
  const vIssues: ValidationIssue[] = [];
  const perRecord = new Map<number, ValidationIssue[]>();
  const seen = new Set<string>();
  let recordErrors = 0;
  let warnings = 0;
  const own = (i: number, x: ValidationIssue): void => {
    if (x.severity === 'error') recordErrors++;
    else warnings++;
    if (streamed) {
      const line = lineOf[i];
      c.out(renderReport({ command: 'check-complaints', file: a.file, cases: [{ name: caseName(records[i], i), group: 'records', ...(line ? { line } : {}), issues: [{ ...x, path: x.path.slice(1), ...(line ? { line } : {}) }] }] }, 'github', lang, c.version));
      return;
    }
    const list = perRecord.get(i);
    if (list) list.push(x);
    else perRecord.set(i, [x]);
  };
  // Duplicate ids (CMP-20): the first index of each id and a hash of its whole record; later versions are marked so
  // that the library, on the compact records, tells identical copies from differing versions as on the whole ones.
  const firstOf = new Map<string, number>();
  const hashOf: number[] = [];
  let versions: Map<string, number[]> | undefined;
  let first = Infinity;
  // What validateComplaintRecords checks each record against, resolved once (it resolves them per call).
  const rules = { index: resolveTaxonomy(undefined), eventTypes: eventTypesOf(undefined) };
  const sink: RecordSink = {
    unreadable: (line, message) => {
      unreadable.push({ line, message });
      c.err(`${a.file}:${line}: ${message[lang]}`);
      if (streamed) c.out(renderReport({ command: 'check-complaints', file: a.file, cases: [{ name: `${a.file}:${line}`, group: 'records', line, issues: [{ code: 'INVALID_JSON', severity: 'error', message, line }] }] }, 'github', lang, c.version));
    },
    record: (value, line) => {
      const i = records.length;
      const small = compactComplaint(value, withSla);
      records.push(small);
      lineOf.push(line);
      const found: ValidationIssue[] = [];
      for (const x of checkRecord(value, rules)) found.push(repathIssue(x, [i, ...x.path]));
      const id = value !== null && typeof value === 'object' ? (value as Loose).id : undefined;
      if (typeof id === 'string' && id.length > 0) {
        const f = firstOf.get(id);
        if (f === undefined) {
          firstOf.set(id, i);
          hashOf[i] = recordHash(value);
        } else {
          found.push(makeIssue('DUPLICATE_RECORD_ID', [i, 'id'], { id, first: f + 1, index: i + 1, value: id }, 'CMP-20'));
          const h = recordHash(value);
          const vs = (versions ??= new Map()).get(id) ?? versions.set(id, [hashOf[f]!]).get(id)!;
          let k = vs.indexOf(h);
          if (k < 0) k = vs.push(h) - 1;
          if (k > 0) (small as Loose)['\u0000version'] = k;
        }
      }
      const t = value !== null && typeof value === 'object' ? ms((value as Loose).receivedAt) : undefined;
      if (t !== undefined && t < first) first = t;
      for (const x of found) {
        if (keepIssues) vIssues.push(x);
        const key = `${x.code}\u0000${JSON.stringify(x.path)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        own(i, x);
      }
    },
  };
  readComplaintRecords(a.file, c, sink);
  firstOf.clear();
  hashOf.length = 0;
  versions = undefined;

  const atText = a.at ?? c.now().toISOString();
  const atMs = toEpochMs(atText);
  const s = settingsOf({});
  const zone = s.cal.zone;
  const from = a.from ?? formatDay(zone.dayOf(first === Infinity ? atMs : Math.min(first, atMs)));
  const to = a.to ?? formatDay(zone.dayOf(atMs));
  let policy: SlaPolicy | undefined;
  if (a.policy !== undefined) policy = c.presets[a.policy] ?? (JSON.parse(c.readFile(a.policy)) as SlaPolicy);
  const count = countCore(records, { detail: 'records', ids: 'check' });
  const idx = repeatIndex(records);
  const quietText = limitText(undefined, '一周内');
  const visitText = limitText(undefined, '三日内');
  const isComplaint = (x: Loose): boolean => x !== null && typeof x === 'object' && x.kind === 'complaint' && typeof x.id === 'string';
  // Closure states: kept whole only where the output lists them all (json, junit, sarif); text replays them when it prints.
  const keepStatuses = format === 'json' || format === 'junit' || format === 'sarif';
  const statusOf = new Map<number, ComplaintStatus>();
  const by: Record<ComplaintState, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
  const statusIssues: ValidationIssue[] = [];
  for (let i = 0; i < records.length; i++) {
    const x = records[i] as Loose;
    if (!isComplaint(x)) continue;
    const st = presentStatus(x, atMs, s, idx, quietText, visitText);
    by[st.state]++;
    for (const y of st.issues) statusIssues.push(y);
    if (keepStatuses) statusOf.set(i, st);
  }
  const metrics = complaintMetrics(records as ComplaintRecord[], { from, to, at: atText, statistics: false, ...(policy ? { policy } : {}) });

  // Each record's issues: the validator's (above), and those counting, closure and metrics found that it did not (same code and path).
  const batchIssues: ValidationIssue[] = [];
  const add = (x: ValidationIssue): void => {
    const key = `${x.code}\u0000${JSON.stringify(x.path)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (typeof x.path[0] === 'number') own(x.path[0], x);
    else batchIssues.push(x);
  };
  count.issues.forEach(add);
  statusIssues.forEach(add);
  metrics.issues.forEach(add);
  seen.clear();

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
    c.out(JSON.stringify({ records: records.length, issues: vIssues, count, statuses: [...statusOf.values()], metrics, unreadable, ok: !failed }, null, 2));
    return code;
  }
  if (format === 'junit' || format === 'github' || format === 'sarif') {
    // github: the records' cases went out as they came (a case without issues writes nothing there).
    const cases: ReportCase[] = streamed ? [] : unreadable.map((u) => ({ name: `${a.file}:${u.line}`, group: 'records', line: u.line, issues: [{ code: 'INVALID_JSON', severity: 'error', message: u.message, line: u.line }] }));
    if (!streamed) {
      records.forEach((rec, i) => {
        const line = lineOf[i];
        const st = statusOf.get(i);
        const mine = (perRecord.get(i) ?? []).map((x) => ({ ...x, path: x.path.slice(1), ...(line ? { line } : {}) }));
        cases.push({ name: caseName(rec, i), group: 'records', ...(line ? { line } : {}), ...(st ? { summary: st.explanation } : {}), issues: mine });
      });
    }
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
    const text = renderReport({ command: 'check-complaints', file: a.file, cases }, format, lang, c.version);
    if (text !== '' || !streamed || (unreadable.length === 0 && recordErrors + warnings === 0)) c.out(text);
    return code;
  }

  // Written line by line: nothing of the report is held but the per-record issues.
  const out = { push: (l: string): void => c.out(l) };
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
  out.push(en ? `Closure at ${formatInstant(atMs, zone)}: open ${by.open}, resolved ${by.resolved}, closed ${by.closed}, reopened ${by.reopened}` : `结案状态（${formatInstant(atMs, zone)}）：未结 ${by.open}，已处理待关闭 ${by.resolved}，已关闭 ${by.closed}，重新打开 ${by.reopened}`);
  for (let i = 0; i < records.length; i++) {
    const x = records[i] as Loose;
    if (!isComplaint(x)) continue;
    const st = presentStatus(x, atMs, s, idx, quietText, visitText);
    out.push(`  ${st.id} ${STATE[lang][st.state]} — ${st.explanation[lang]}`);
  }
  out.push(en ? `Metrics ${metrics.from} … ${metrics.to}:` : `指标（${metrics.from} 至 ${metrics.to}）：`);
  for (const x of rows) {
    const mark = x.target?.met === false ? '✗' : x.target?.met === true ? '✓' : '·';
    out.push(`  ${mark} ${x.label[lang]} ${rateText(x)[lang]} [${x.rule}]`);
  }
  if (unreadable.length) out.push(en ? `${unreadable.length} unreadable line(s): not counted` : `${unreadable.length} 行无法读取，未计入`);
  out.push(failed ? (en ? `FAILED: ${recordErrors} record error(s), ${missed.length} target(s) missed` : `未通过：${recordErrors} 个记录错误，${missed.length} 项指标未达标`) : en ? 'OK' : '通过');
  return code;
}
