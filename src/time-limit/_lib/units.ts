import { deepFreeze } from '../../_lib/freeze';
// The units and kinds as plain data, without zod: dueAt's path reads them
// (normalize, parse), and must not pull a schema into a bundle.

/**
 * Units a regulation counts in (TL-01). `workday`/`workhour` skip rest days (TL-05).
 *
 * @example
 * TIME_UNITS //=> ['minute', 'hour', 'day', 'week', 'month', 'workday', 'workhour']
 */
export const TIME_UNITS = /* @__PURE__ */ deepFreeze(['minute', 'hour', 'day', 'week', 'month', 'workday', 'workhour'] as const);
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What the limit is (within / maximum / lead). */
export const TIME_LIMIT_KINDS = ['within', 'maximum', 'lead'] as const;
export type TimeLimitKind = (typeof TIME_LIMIT_KINDS)[number];

/** Units in which a half (“半小时”, “半个工作日”) is meaningful. */
export const HALF_UNITS: readonly TimeUnit[] = ['hour', 'workhour', 'workday'];

/** Whether `amount` is allowed for `unit`: whole, or a half of an hour/working hour, or exactly half a working day. */
export function isAllowedAmount(amount: number, unit: TimeUnit): boolean {
  return Number.isInteger(amount) || (HALF_UNITS.includes(unit) && Number.isInteger(amount * 2) && (unit !== 'workday' || amount === 0.5));
}

