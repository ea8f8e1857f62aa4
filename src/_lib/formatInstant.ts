import { formatDay, MS_PER_DAY } from './civil';
import type { Zone } from './zone';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 text of an instant as a wall time in `zone`, with its offset: `'2026-10-09T00:00:00+08:00'`. */
export function formatInstant(ms: number, zone: Zone): string {
  const offset = zone.offsetAt(ms);
  const local = ms + offset;
  const day = Math.floor(local / MS_PER_DAY);
  const t = local - day * MS_PER_DAY;
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return `${formatDay(day)}T${pad(h)}:${pad(m)}:${pad(s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `'HH:mm'` of an instant in `zone`, writing an end-of-day instant as `'24:00'` of the day before when asked. */
export function wallTime(ms: number, zone: Zone): string {
  const t = zone.timeOfDayMs(ms);
  return `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor((t % 3_600_000) / 60_000))}`;
}
