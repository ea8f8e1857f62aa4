import { GuifanError } from '../errors/GuifanError';
import { MS_PER_DAY, MS_PER_MINUTE } from './civil';

/**
 * A time zone with the conversions the library needs, all computed from
 * `Intl` data for the instant in question — never from the host's zone.
 * Offsets are cached per UTC day inside the object (no module state).
 */
export interface Zone {
  readonly name: string;
  /** Offset from UTC in milliseconds at an instant. */
  offsetAt(epochMs: number): number;
  /** Day number of the civil date at an instant. */
  dayOf(epochMs: number): number;
  /** Milliseconds since local midnight at an instant. */
  timeOfDayMs(epochMs: number): number;
  /**
   * The instant of a local wall time (day number + minutes, 24:00 allowed).
   * A wall time skipped by a DST gap moves forward by the gap; a repeated one
   * takes the earlier instant.
   */
  instantOf(day: number, minuteOfDay: number): number;
}

/** Throws `INVALID_TIME_ZONE` unless `name` is an IANA zone this runtime knows. */
export function assertTimeZone(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) throw new GuifanError('INVALID_TIME_ZONE', { value: name });
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch (cause) {
    throw new GuifanError('INVALID_TIME_ZONE', { value: name }, undefined, { cause });
  }
}

/** Zones known to have had one fixed offset over the years the library serves. */
const FIXED: Readonly<Record<string, number>> = {
  UTC: 0,
  'Etc/UTC': 0,
  // China has used UTC+8 without DST since 1991-09-15 (earliest supported date is 2000-01-01).
  'Asia/Shanghai': 8 * 3_600_000,
  PRC: 8 * 3_600_000,
  'Asia/Chongqing': 8 * 3_600_000,
  'Asia/Harbin': 8 * 3_600_000,
};

/** Creates a {@link Zone}; validates the name. */
export function createZone(name: string): Zone {
  // A zone of the fixed table needs no Intl check: creating the first
  // Intl.DateTimeFormat loads the ICU zone data (tens of ms at cold start).
  // (a name that is not text is never looked up: turning it into a key can throw, e.g. an array nested 20 000 deep)
  const fixed = typeof name === 'string' && Object.prototype.hasOwnProperty.call(FIXED, name) ? FIXED[name] : undefined;
  if (fixed === undefined) assertTimeZone(name);
  let offsetAt: (ms: number) => number;
  if (fixed !== undefined) {
    offsetAt = () => fixed;
  } else {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    const exact = (ms: number): number => {
      const f: Record<string, string> = {};
      for (const p of fmt.formatToParts(ms)) f[p.type] = p.value;
      let y = Number(f.year);
      if (f.era === 'BC' || f.era === 'B') y = 1 - y;
      const wall = Date.UTC(y, Number(f.month) - 1, Number(f.day), Number(f.hour) % 24, Number(f.minute), Number(f.second));
      const whole = ms - (((ms % 1000) + 1000) % 1000);
      return wall - whole;
    };
    // Offsets change at most once a day: when a UTC day starts and ends on the
    // same offset, every instant of it has that offset.
    const cache = new Map<number, number | null>();
    offsetAt = (ms) => {
      const utcDay = Math.floor(ms / MS_PER_DAY);
      let hit = cache.get(utcDay);
      if (hit === undefined) {
        const a = exact(utcDay * MS_PER_DAY);
        const b = exact(utcDay * MS_PER_DAY + MS_PER_DAY - 1000);
        hit = a === b ? a : null;
        if (cache.size > 4096) cache.clear();
        cache.set(utcDay, hit);
      }
      return hit ?? exact(ms);
    };
  }
  const zone: Zone = {
    name,
    offsetAt,
    dayOf: (ms) => Math.floor((ms + offsetAt(ms)) / MS_PER_DAY),
    timeOfDayMs: (ms) => {
      const local = ms + offsetAt(ms);
      return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
    },
    instantOf: (day, minuteOfDay) => {
      const local = day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
      const o1 = offsetAt(local - offsetAt(local));
      const guess = local - o1;
      const o2 = offsetAt(guess);
      if (o1 === o2) {
        // Repeated wall time: prefer the earlier instant (the larger offset).
        const earlier = local - offsetAt(guess - 3_600_000);
        if (earlier < guess && offsetAt(earlier) !== o2 && earlier + offsetAt(earlier) === local) return earlier;
        return guess;
      }
      // Gap: the wall time does not exist; move forward by the gap.
      return local - Math.min(o1, o2);
    },
  };
  return Object.freeze(zone);
}
