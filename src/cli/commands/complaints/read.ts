import type { Locale } from '../../../errors/types';
import type { CliIo } from '../../io';
import { elementLines, firstLine, touches } from '../../_lib/input/elementLines';
import { badUtf8, inputLines, isNdjsonPath, readDocument, type DecodedLine } from '../../_lib/input/read';
import { jsonDocumentProblem, jsonLineProblem } from '../../_lib/jsonError';
import type { Problem } from '../../_lib/report/index';

/** Where the records go as they are read: one at a time, with its 1-based line where known; a part that cannot be read. */
export interface RecordSink {
  record: (value: unknown, line: number | undefined) => void;
  unreadable: (p: Problem) => void;
}

const notRecords = (file: string): Problem => ({
  code: 'INVALID_INPUT',
  rule: 'CMP-03',
  file,
  message: { 'zh-CN': '记录文件应为记录数组、{ records: [...] } 或 NDJSON（每行一条记录）', en: 'the records file holds an array of records, { records: [...] } or NDJSON (one record per line)' },
});

/** Whether a value read can be a record: a JSON object (not null, not an array). */
export const isRecordValue = (v: unknown): v is object => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The problem of a value that is JSON but not an object (CMP-03): the line cannot be checked. */
export const notARecord = (file: string, line: number | undefined): Problem => ({
  code: 'INVALID_INPUT',
  rule: 'CMP-03',
  file,
  ...(line ? { line } : {}),
  message: { 'zh-CN': '一条记录应为 JSON 对象（记录文件为记录数组、{ records: [...] } 或 NDJSON）', en: 'a record is a JSON object (the records file holds an array of records, { records: [...] } or NDJSON)' },
});

/** A JSON document: an array, `{ records: [...] }` or one record; a record on a line that is not UTF-8 is refused. */
function fromDocument(file: string, text: string, badLines: readonly number[], sink: RecordSink, parsed?: { value: unknown }): void {
  let value: unknown;
  if (parsed) value = parsed.value;
  else {
    try {
      value = JSON.parse(text);
    } catch (e) {
      return sink.unreadable(jsonDocumentProblem(e, file, text));
    }
  }
  let records: unknown[];
  let lines: (number | undefined)[] | undefined;
  if (Array.isArray(value)) records = value;
  else if (value !== null && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) records = (value as { records: unknown[] }).records;
  else if (value !== null && typeof value === 'object') {
    records = [value];
    lines = [firstLine(text)];
  } else return sink.unreadable(notRecords(file));
  if (!lines) {
    const found = elementLines(text, 'records');
    if (found.length === records.length) lines = found;
  }
  for (let i = 0; i < records.length; i++) {
    const line = lines?.[i];
    const hit = line === undefined ? badLines[0] : touches(badLines, line, i === 0 && records.length === 1 ? Infinity : (lines![i + 1] ?? Infinity));
    if (hit !== undefined) sink.unreadable(badUtf8(file, hit));
    else sink.record(records[i], line);
  }
}

/** One NDJSON line: a record's value, the problem that keeps it out (not UTF-8, not JSON), or nothing (a blank line). */
export function parseLine(raw: DecodedLine, file: string, n: number): { value: unknown } | { problem: Problem } | undefined {
  if (typeof raw !== 'string') return { problem: badUtf8(file, n) };
  if (!raw.trim()) return undefined;
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch (e) {
    return { problem: jsonLineProblem(e, file, n) };
  }
}

/**
 * NDJSON, one record per line, handed on as each line comes: a line that is
 * not JSON or not UTF-8 is set aside with its number, the others are still
 * read. Only the first record waits for the second line: one line holding
 * `{ records: [...] }` is that document.
 */
function fromLines(file: string, lines: Iterator<DecodedLine>, sink: RecordSink): void {
  let n = 0;
  let held: { value: unknown; line: number } | undefined;
  let any = false;
  let bad = false;
  for (let r = lines.next(); !r.done; r = lines.next()) {
    n++;
    const got = parseLine(r.value, file, n);
    if (got === undefined) continue;
    if ('problem' in got) {
      bad = true;
      sink.unreadable(got.problem);
      continue;
    }
    const value = got.value;
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
export function readComplaintRecords(io: Pick<CliIo, 'readFile' | 'readLines' | 'readChunks'>, file: string, _lang: Locale, to: RecordSink): void {
  // A record that is not an object (null, a number, a string, true, an array) cannot be checked: exit 2, like a line that is not JSON.
  const sink: RecordSink = { unreadable: to.unreadable, record: (v, line) => (isRecordValue(v) ? to.record(v, line) : to.unreadable(notARecord(file, line))) };
  if (isNdjsonPath(file)) {
    const it = inputLines(io, file)[Symbol.iterator]();
    const head: DecodedLine[] = [];
    for (let r = it.next(); !r.done; r = it.next()) {
      head.push(r.value);
      if (typeof r.value !== 'string' || r.value.trim()) break;
    }
    const start = head.map((l) => (typeof l === 'string' ? l.trim() : '\ufffd')).find((l) => l) ?? '';
    if (start.startsWith('[') || start === '{') {
      for (let r = it.next(); !r.done; r = it.next()) head.push(r.value);
      const badLines = head.flatMap((l, k) => (typeof l === 'string' ? [] : [k + 1]));
      return fromDocument(file, head.map((l) => (typeof l === 'string' ? l : l.loose)).join('\n'), badLines, sink);
    }
    let k = 0;
    const chained: Iterator<DecodedLine> = { next: () => (k < head.length ? { done: false, value: head[k++]! } : it.next()) };
    return fromLines(file, chained, sink);
  }
  const { text, badLines } = readDocument(io, file);
  const t = text.trim();
  if (t === '') return;
  const asLines = (): void => {
    const bad = new Set(badLines);
    const lines = text.split('\n').map((l, k): DecodedLine => (bad.has(k + 1) ? { loose: l } : l.endsWith('\r') ? l.slice(0, -1) : l));
    fromLines(file, lines[Symbol.iterator](), sink);
  };
  if (t.startsWith('[')) return fromDocument(file, text, badLines, sink);
  if (t.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return asLines(); // not one JSON value: NDJSON
    }
    return fromDocument(file, text, badLines, sink, { value });
  }
  asLines();
}
