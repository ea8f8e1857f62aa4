// The State Council notices the packaged holiday data is generated from
// (src/calendar/notices/YYYY.txt), read as documents with their provenance.
// Used by the generator (test/tools/gen-calendar-data.ts) and the tests.
//
// A file holds one year's notice and any later notice about the same year
// (2015's commemoration, 2019's adjustment, 2020's extension), each a
// document: a run of `#` comment lines, then the notice's own lines as
// published (title first). Comment keys: `# 文号：`, `# 成文日期：`, `# 来源：`;
// other `#` lines are notes. See docs/calendar-data.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NOTICES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'calendar', 'notices');

/** One notice inside a year file. */
export interface NoticeDocument {
  /** 文号, e.g. `国办发明电〔2025〕7号`; `undefined` where it is not recorded. */
  readonly number: string | undefined;
  /** The notice's title: its first line. */
  readonly title: string;
  readonly date: string | undefined;
  readonly sources: readonly string[];
  /** Offsets of the document's text in {@link NoticeFile.text}. */
  readonly start: number;
  readonly end: number;
}

export interface NoticeFile {
  readonly year: number;
  /** The documents' texts, without comment lines, joined by a blank line: what parseHolidayNotice reads. */
  readonly text: string;
  readonly documents: readonly NoticeDocument[];
}

/** Reads one year file's text. */
export function readNoticeFile(raw: string, year: number): NoticeFile {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const docs: { comments: string[]; body: string[] }[] = [];
  for (const line of lines) {
    const isComment = line.startsWith('#');
    const last = docs[docs.length - 1];
    if (isComment) {
      if (!last || last.body.some((l) => l.trim() !== '')) docs.push({ comments: [line], body: [] });
      else last.comments.push(line);
    } else if (last) last.body.push(line);
    else if (line.trim() !== '') throw new Error(`${year}.txt: text before the first # header`);
  }
  let text = '';
  const documents: NoticeDocument[] = [];
  for (const d of docs) {
    const body = d.body.join('\n').trim();
    if (body === '') throw new Error(`${year}.txt: a # header without a notice`);
    const key = (k: string): string[] => d.comments.filter((c) => c.startsWith(`# ${k}：`)).map((c) => c.slice(k.length + 3).trim());
    if (text) text += '\n\n';
    const start = text.length;
    text += body;
    documents.push({ number: key('文号')[0], title: body.split('\n')[0]!.trim(), date: key('成文日期')[0], sources: key('来源'), start, end: text.length });
  }
  if (documents.length === 0) throw new Error(`${year}.txt: no notice`);
  return { year, text, documents };
}

/** Every year file in src/calendar/notices, in year order. */
export function noticeFiles(dir: string = NOTICES_DIR): NoticeFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.txt$/.test(f))
    .sort()
    .map((f) => readNoticeFile(readFileSync(join(dir, f), 'utf8'), Number(f.slice(0, 4))));
}

/** The document of a span of {@link NoticeFile.text}. */
export function documentAt(file: NoticeFile, offset: number): NoticeDocument {
  const doc = file.documents.find((d) => offset >= d.start && offset < d.end);
  if (!doc) throw new Error(`${file.year}.txt: offset ${offset} is in no document`);
  return doc;
}
