import { safely, type SafeResult } from '../_lib/safe';
import { createCalendar } from './createCalendar';
import type { CalendarOptions } from './schema';
import type { WorkingCalendar } from './types';

/**
 * Result of {@link safeCreateCalendar}.
 *
 * @example
 * const r = safeCreateCalendar({ weekend: [0] })
 * r.success && r.data.isWorkday('2026-10-17') //=> true (a Saturday, working with a Sunday-only weekend)
 */
export type SafeCalendarResult = SafeResult<WorkingCalendar>;

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
  return safely(() => createCalendar(options as CalendarOptions));
}
