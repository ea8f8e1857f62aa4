import type { CalendarInternals } from '../../calendar/_lib/internals';
import { GuifanError } from '../../errors/GuifanError';

/** How an escalation level's notification is delivered (CAL-06). */
export type Delivery = 'at-instant' | 'next-opening' | 'duty';

/** When and to whom a level's notification goes; `at` is never before the threshold. */
export interface Delivered {
  at: number;
  to: 'office' | 'duty-officer' | undefined;
  /** `'duty'` outside hours: when the duty officer hands over to the office. */
  handOverAt: number | undefined;
}

/** The first business instant at or after `t` (`t` itself when the office is open then). */
export function openingFrom(cal: CalendarInternals, t: number): number {
  const day = cal.zone.dayOf(t);
  // Rest days have no intervals; ten years without an opening means the hours are empty.
  for (let d = day; d < day + 3660; d++) {
    const iv = cal.intervalsMs(d);
    for (let j = 0; j < iv.length; j += 2) {
      if (iv[j + 1]! <= t) continue;
      return Math.max(iv[j]!, t);
    }
  }
  throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: '升级通知的送达（营业时间中没有开放时段）', whatEn: 'delivering an escalation (the business hours never open)' }, 'CAL-06');
}

/**
 * Delivers a notification due at `t`: `'at-instant'` at once; `'next-opening'` at
 * `t` within business hours, else at the next opening; `'duty'` at once, to the
 * office within hours and to the duty officer (总值班) outside them, who hands
 * over at the next opening (CAL-06).
 */
export function deliver(cal: CalendarInternals, mode: Delivery, t: number): Delivered {
  if (mode === 'at-instant') return { at: t, to: undefined, handOverAt: undefined };
  const open = openingFrom(cal, t);
  if (open === t) return { at: t, to: 'office', handOverAt: undefined };
  if (mode === 'next-opening') return { at: open, to: 'office', handOverAt: undefined };
  return { at: t, to: 'duty-officer', handOverAt: open };
}
