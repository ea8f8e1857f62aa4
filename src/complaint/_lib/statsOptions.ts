import * as z from 'zod/mini';
import { parseBilingual } from '../../_lib/zodIssues';
import { internalsOf, type CalendarInternals } from '../../calendar/_lib/internals';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import type { RuleId } from '../../errors/types';

/**
 * Parses options with a zod/mini schema; a problem is an `INVALID_OPTIONS`
 * GuifanError naming the path and the reason in both languages.
 */
export function parseOptions<S extends z.ZodMiniType>(schema: S, value: unknown, rule: RuleId): z.output<S> {
  const r = parseBilingual(schema, value ?? {});
  if (r.success) return r.data as z.output<S>;
  const first = r.problems[0]!;
  throw new GuifanError('INVALID_OPTIONS', { path: first.path.map(String).join('.') || '(options)', value: first.value, reasonZh: first.message['zh-CN'], reasonEn: first.message.en }, rule);
}

/** A calendar option: a WorkingCalendar from createCalendar()/chinaCalendar(); anything else is INVALID_OPTIONS. */
export const CalendarOptionSchema = z.custom<WorkingCalendar>((v) => {
  if (typeof v !== 'object' || v === null) return false;
  try {
    internalsOf(v as WorkingCalendar);
    return true;
  } catch {
    return false;
  }
}, { error: 'expected a calendar from createCalendar() or chinaCalendar()' });

/** The calendar and its internals (default: the mainland calendar). */
export function resolveCalendar(calendar: WorkingCalendar | undefined): { calendar: WorkingCalendar; cal: CalendarInternals } {
  const c = calendar ?? chinaCalendar();
  return { calendar: c, cal: internalsOf(c) };
}
