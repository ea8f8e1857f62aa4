// Field-level accuracy of parseMeetingNotice on the chat-notice corpus.
import { parseMeetingNotice, type MeetingNotice } from '../../../src/index';
import corpus from './chat-notices.json';

export interface CorpusEntry {
  readonly id: string;
  readonly style: string;
  readonly text: string;
  readonly now: string;
  readonly draft: MeetingNotice;
  /** The pieces of text that must come back as UNREADABLE_TEXT, in order. */
  readonly unread: readonly string[];
  /** The items that must come back as NOT_IN_TEXT. */
  readonly absent: readonly string[];
}

export const CORPUS = corpus as unknown as readonly CorpusEntry[];
export const FIELDS = ['title', 'chair', 'date', 'weekday', 'start', 'end', 'venue', 'attendees', 'agenda', 'preparation'] as const;
export type Column = (typeof FIELDS)[number] | 'other fields' | 'unread spans' | 'absent items';
export const COLUMNS: readonly Column[] = [...FIELDS, 'other fields', 'unread spans', 'absent items'];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** Same length as the input: what parseMeetingNotice reports as the unread text at a span. */
const half = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').replace(/[\u2010-\u2015\u2212\u30FC]/g, '-');

/** Per entry, which columns it got right. */
export function grade(e: CorpusEntry): { ok: Record<Column, boolean>; actual: ReturnType<typeof parseMeetingNotice> } {
  const actual = parseMeetingNotice(e.text, { now: e.now });
  const d = actual.draft as Record<string, unknown>;
  const x = e.draft as Record<string, unknown>;
  const ok = {} as Record<Column, boolean>;
  for (const f of FIELDS) ok[f] = same(d[f], x[f]);
  ok['other fields'] = Object.keys(d).every((k) => (FIELDS as readonly string[]).includes(k));
  const unread = actual.issues.filter((i) => i.code === 'UNREADABLE_TEXT');
  // Each span must point at the text reported, in the original input.
  const spansTrue = unread.every((i) => half(e.text.slice(i.details.start as number, i.details.end as number)) === i.details.text);
  ok['unread spans'] = spansTrue && same(unread.map((i) => i.details.text), e.unread);
  ok['absent items'] = same(actual.issues.filter((i) => i.code === 'NOT_IN_TEXT').map((i) => i.path[0]), e.absent) && actual.issues.every((i) => i.code === 'UNREADABLE_TEXT' || i.code === 'NOT_IN_TEXT');
  return { ok, actual };
}

/** The accuracy table: column, correct, total, percent. */
export function accuracy(): { rows: { field: Column; correct: number; total: number; percent: string }[]; failures: { id: string; column: Column; expected: unknown; actual: unknown }[] } {
  const correct = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
  const failures: { id: string; column: Column; expected: unknown; actual: unknown }[] = [];
  for (const e of CORPUS) {
    const { ok, actual } = grade(e);
    for (const c of COLUMNS) {
      if (ok[c]) correct[c]++;
      else failures.push({ id: e.id, column: c, expected: (FIELDS as readonly string[]).includes(c) ? (e.draft as Record<string, unknown>)[c] : c === 'unread spans' ? e.unread : c === 'absent items' ? e.absent : FIELDS, actual: (FIELDS as readonly string[]).includes(c) ? (actual.draft as Record<string, unknown>)[c] : c === 'unread spans' ? actual.issues.filter((i) => i.code === 'UNREADABLE_TEXT').map((i) => i.details.text) : c === 'absent items' ? actual.issues.filter((i) => i.code !== 'UNREADABLE_TEXT').map((i) => `${i.code}:${i.path.join('.')}`) : Object.keys(actual.draft) });
    }
  }
  const rows = COLUMNS.map((field) => ({ field, correct: correct[field], total: CORPUS.length, percent: `${((100 * correct[field]) / CORPUS.length).toFixed(1)} %` }));
  return { rows, failures };
}
