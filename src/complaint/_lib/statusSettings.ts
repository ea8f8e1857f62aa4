import * as z from 'zod/mini';
import type { WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';
import { normalizeLimit } from '../../time-limit/_lib/normalize';
import type { TimeLimit } from '../../time-limit/schema';
import type { StatusSettings } from './status';
import { CalendarOptionSchema, resolveCalendar } from './statsOptions';

/**
 * Options shared by complaintStatus and complaintMetrics for closure and return visits.
 *
 * @example
 * const resolved = { id: 'T1', kind: 'complaint', events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }
 * complaintStatus({ ...resolved, needsReturnVisit: false }, { at: '2026-03-04T09:00+08:00' }).closesAt.toISOString() //=> '2026-03-09T16:00:00.000Z' (一周内: 24:00 of 03-09)
 * complaintStatus({ ...resolved, needsReturnVisit: false }, { at: '2026-03-04T09:00+08:00', quietPeriod: '三日内' }).closesAt.toISOString() //=> '2026-03-05T16:00:00.000Z'
 */
export interface ClosureOptions {
  /** The calendar to count days in (its zone reads every instant). @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /**
   * The quiet period after completion for complaints that need no return visit
   * (CMP-14: 处理完毕后一周内无再次投诉). Counted as a 民法典 period by
   * `guifan/time-limit`: the completion day is not counted (第二百零一条), the
   * period ends at 24:00 of its last day, and a last day that is a rest day
   * rolls over to the next working day (第二百零三条).
   * @default '一周内'
   */
  quietPeriod?: TimeLimit | string;
  /** The return-visit limit (CMP-15: 三日内回访), counted the same way. @default '三日内' */
  visitWithin?: TimeLimit | string;
  /** Roll a last day that is a rest day over to the next working day (民法典 第二百零三条, TL-03). @default true */
  rollOverRestDays?: boolean;
}

export const closureShape = {
  calendar: z.optional(CalendarOptionSchema),
  quietPeriod: z.optional(z.union([z.string(), z.object({})])),
  visitWithin: z.optional(z.union([z.string(), z.object({})])),
  rollOverRestDays: z.optional(z.boolean()),
};

export function limitOption(value: unknown, fallback: string, path: string): ReturnType<typeof normalizeLimit> {
  try {
    const l = normalizeLimit((value ?? fallback) as TimeLimit | string);
    if (l.kind === 'lead') throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh: '应为期间（如“一周内”），不是提前量', reasonEn: 'expected a period such as 一周内, not a lead time' }, 'CMP-14');
    return l;
  } catch (e) {
    if (isGuifanError(e)) throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh: e.messages['zh-CN'], reasonEn: e.messages.en }, 'CMP-14', { cause: e });
    throw e;
  }
}

export function settingsOf(o: { calendar?: WorkingCalendar | undefined; quietPeriod?: unknown; visitWithin?: unknown; rollOverRestDays?: boolean | undefined }): StatusSettings {
  const { calendar, cal } = resolveCalendar(o.calendar);
  return {
    cal,
    calendar,
    quiet: limitOption(o.quietPeriod, '一周内', 'quietPeriod'),
    visit: limitOption(o.visitWithin, '三日内', 'visitWithin'),
    due: o.rollOverRestDays === undefined ? {} : { rollOverRestDays: o.rollOverRestDays },
  };
}
