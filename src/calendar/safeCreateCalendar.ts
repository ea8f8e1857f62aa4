import type { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { createCalendar } from './createCalendar';
import type { CalendarOptions } from './schema';
import type { WorkingCalendar } from './types';

/** Result of {@link safeCreateCalendar}. */
export type SafeCalendarResult = { success: true; data: WorkingCalendar } | { success: false; error: GuifanError };

/**
 * {@link createCalendar} that returns its error instead of throwing — for
 * options read from a file or a form.
 *
 * @param options - calendar options, possibly untrusted
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * const r = safeCreateCalendar({ weekend: [0, 0] })
 * r.success //=> false
 * r.success || r.error.code //=> 'INVALID_CALENDAR_OPTIONS'
 */
export function safeCreateCalendar(options: unknown): SafeCalendarResult {
  try {
    return { success: true, data: createCalendar(options as CalendarOptions) };
  } catch (e) {
    if (isGuifanError(e)) return { success: false, error: e };
    throw e;
  }
}
