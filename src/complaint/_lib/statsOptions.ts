import * as z from 'zod/mini';
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
  const en = z.safeParse(schema, value ?? {}, { reportInput: true, error: z.locales.en().localeError });
  if (en.success) return en.data;
  const zh = z.safeParse(schema, value ?? {}, { reportInput: true, error: z.locales.zhCN().localeError });
  const first = en.error.issues[0]!;
  const zhFirst = zh.success ? undefined : zh.error.issues[0];
  throw new GuifanError(
    'INVALID_OPTIONS',
    { path: first.path.map(String).join('.') || '(options)', value: (first as { input?: unknown }).input, reasonZh: zhFirst?.message ?? first.message, reasonEn: first.message },
    rule,
  );
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
