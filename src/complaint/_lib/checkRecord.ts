import { append } from '../../_lib/append';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import { COMPLAINT_CHANNELS, COMPLAINT_EVENT_TYPES, ComplaintRecordSchema, REQUEST_KINDS, VISIT_OUTCOMES } from '../schema';
import { cleanIssue } from './printable';
import { createZone } from '../../_lib/zone';
import { isoIn, readInstant } from './recordInstant';
import type { TaxonomyIndex } from './taxonomyIndex';
import { zodIssues } from './zodIssues';

type Path = readonly (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The fields CMP-03 requires, with their names for messages. */
const REQUIRED: readonly { field: string; zh: string; en: string; rule: RuleId }[] = [
  { field: 'id', zh: '记录编号', en: 'record id', rule: 'CMP-20' },
  { field: 'recorder', zh: '受理人（记录人）', en: 'recorder', rule: 'CMP-03' },
  { field: 'receivedAt', zh: '受理时间', en: 'time received', rule: 'CMP-03' },
  { field: 'channel', zh: '投诉渠道', en: 'channel', rule: 'CMP-02' },
  { field: 'customer', zh: '客户', en: 'customer', rule: 'CMP-03' },
  { field: 'unit', zh: '单位/房号', en: 'unit/room', rule: 'CMP-03' },
  { field: 'content', zh: '投诉内容', en: 'content', rule: 'CMP-03' },
  { field: 'demand', zh: '客户诉求', en: 'demand', rule: 'CMP-03' },
  { field: 'kind', zh: '诉求类型', en: 'request kind', rule: 'CMP-01' },
];

export interface RecordCheckOptions {
  readonly index: TaxonomyIndex;
  readonly eventTypes: ReadonlySet<string>;
}

/**
 * Every problem of one record, never throwing: CMP-03 fields, offsets,
 * channel and kind, categories, the event log (order, visits), then the
 * remaining structural problems from the schema.
 */
export function checkRecord(record: unknown, { index, eventTypes }: RecordCheckOptions): ValidationIssue[] {
  if (!isObject(record)) return [cleanIssue(makeIssue('INVALID_INPUT', [], { value: record, reasonZh: '投诉记录应为对象', reasonEn: 'a complaint record must be an object' }, 'CMP-03'))];
  const iso = isoIn(createZone('Asia/Shanghai'));
  const issues: ValidationIssue[] = [];
  // The paths already reported, as keys: a schema issue at or under one of them is not repeated
  // (looked up prefix by prefix: a scan of every reported path per issue was quadratic, issue 24).
  const reported = new Set<string>();
  const add = (issue: ValidationIssue): void => {
    issues.push(issue);
    reported.add(JSON.stringify(issue.path));
  };

  for (const r of REQUIRED) {
    if (blank(record[r.field])) add(makeIssue('MISSING_RECORD_FIELD', [r.field], { field: r.field, fieldZh: r.zh, fieldEn: r.en }, r.rule));
  }
  const customer = record.customer;
  if (isObject(customer)) {
    if (blank(customer.name) && blank(customer.id)) add(makeIssue('MISSING_RECORD_FIELD', ['customer', 'name'], { field: 'customer.name', fieldZh: '客户姓名', fieldEn: "customer's name" }, 'CMP-03'));
    if (blank(customer.contact)) add(makeIssue('MISSING_RECORD_FIELD', ['customer', 'contact'], { field: 'customer.contact', fieldZh: '联系方式', fieldEn: 'contact' }, 'CMP-03'));
  }

  const channel = record.channel;
  if (!blank(channel) && !(COMPLAINT_CHANNELS as readonly unknown[]).includes(channel)) add(makeIssue('UNKNOWN_CHANNEL', ['channel'], { value: channel, known: COMPLAINT_CHANNELS.join(', ') }, 'CMP-02'));
  const kind = record.kind;
  if (!blank(kind) && !(REQUEST_KINDS as readonly unknown[]).includes(kind)) add(makeIssue('UNKNOWN_KIND', ['kind'], { value: kind, known: REQUEST_KINDS.join(', ') }, 'CMP-01'));

  const checkCategory = (value: unknown, path: Path): void => {
    if (typeof value === 'string' && value.length > 0 && !index.byKey.has(value)) add(makeIssue('UNKNOWN_CATEGORY', path, { value, taxonomy: index.taxonomy.id }, 'CMP-07'));
  };
  checkCategory(record.category, ['category']);
  if (isObject(record.symptom)) checkCategory(record.symptom.category, ['symptom', 'category']);
  if (isObject(record.rootCause)) checkCategory(record.rootCause.category, ['rootCause', 'category']);

  const instant = (value: unknown, path: Path, rule: RuleId): number | undefined => {
    if (value === undefined) return undefined;
    const r = readInstant(value, path, rule);
    if ('issue' in r) {
      add(r.issue);
      return undefined;
    }
    return r.ms;
  };
  const received = blank(record.receivedAt) ? undefined : instant(record.receivedAt, ['receivedAt'], 'CMP-03');
  if (isObject(record.verification)) instant(record.verification.at, ['verification', 'at'], 'CMP-03');
  if (isObject(record.badReview)) for (const f of ['at', 'verifiedAt', 'rectifiedAt']) instant(record.badReview[f], ['badReview', f], 'CMP-19');

  const events = record.events;
  if (Array.isArray(events)) {
    let previous: number | undefined;
    let firstResolved: number | undefined;
    const times: (number | undefined)[] = [];
    events.forEach((e, i) => {
      if (!isObject(e)) return;
      const type = e.type;
      if (typeof type === 'string' && type.length > 0 && !eventTypes.has(type)) add(makeIssue('UNKNOWN_EVENT', ['events', i, 'type'], { type, known: [...eventTypes].join(', '), value: type }, 'CMP-14'));
      const at = blank(e.at) ? undefined : instant(e.at, ['events', i, 'at'], 'CMP-14');
      if (blank(e.at)) add(makeIssue('MISSING_RECORD_FIELD', ['events', i, 'at'], { field: `events.${i}.at`, fieldZh: '事件时间', fieldEn: 'event time' }, 'CMP-14'));
      instant(e.due, ['events', i, 'due'], 'CMP-14');
      times.push(at);
      if (at === undefined) return;
      if (previous !== undefined && at < previous) {
        add(makeIssue('OUT_OF_ORDER', ['events', i, 'at'], { type, at: iso(at), previous: iso(previous), value: e.at }, 'CMP-14', 'warning'));
      }
      previous = previous === undefined ? at : Math.max(previous, at);
      if (type === 'resolved' && (firstResolved === undefined || at < firstResolved)) firstResolved = at;
    });
    events.forEach((e, i) => {
      if (!isObject(e)) return;
      const at = times[i];
      if (e.type === 'visited') {
        if (e.outcome === undefined) add(makeIssue('MISSING_VISIT_OUTCOME', ['events', i, 'outcome'], { at: e.at }, 'CMP-14'));
        else if (!(VISIT_OUTCOMES as readonly unknown[]).includes(e.outcome)) {
          add(makeIssue('INVALID_INPUT', ['events', i, 'outcome'], { value: e.outcome, reasonZh: `回访结果应为 'satisfied' 或 'unsatisfied'`, reasonEn: `a visit outcome is 'satisfied' or 'unsatisfied'` }, 'CMP-14'));
        }
        if (at !== undefined && received !== undefined && at < received) add(makeIssue('VISIT_BEFORE_COMPLAINT', ['events', i, 'at'], { at: iso(at), received: iso(received), value: e.at }, 'CMP-14'));
        else if (at !== undefined && (firstResolved === undefined || at < firstResolved)) {
          add(makeIssue('VISIT_BEFORE_RESOLVED', ['events', i, 'at'], { at: iso(at), resolved: firstResolved === undefined ? '（无 resolved 事件 / no resolved event）' : iso(firstResolved), value: e.at }, 'CMP-14', 'warning'));
        }
      } else {
        if (e.outcome !== undefined) add(makeIssue('INVALID_INPUT', ['events', i, 'outcome'], { value: e.outcome, reasonZh: '只有回访（visited）事件记录满意与否', reasonEn: 'only a visited event records an outcome' }, 'CMP-14'));
        if (at !== undefined && received !== undefined && at < received) {
          add(makeIssue('EVENT_BEFORE_RECEIVED', ['events', i, 'at'], { type: e.type, at: iso(at), received: iso(received), value: e.at }, 'CMP-14', 'warning'));
        }
      }
    });
  }

  // What is left: the shape (types, unknown keys, enums of the optional fields).
  const covered = (p: Path): boolean => p.some((_, k) => reported.has(JSON.stringify(p.slice(0, k)))) || reported.has(JSON.stringify(p));
  const shape = zodIssues(ComplaintRecordSchema, record, 'CMP-03', covered);
  if (!shape.success) append(issues, shape.issues);
  return issues.map(cleanIssue);
}

/** The event types a record may use: the SLA vocabulary plus the host's. */
export function eventTypesOf(extra: unknown): ReadonlySet<string> {
  const set = new Set<string>(COMPLAINT_EVENT_TYPES);
  if (Array.isArray(extra)) for (const t of extra) if (typeof t === 'string' && t.length > 0) set.add(t);
  return set;
}
