import { civilFromDays, formatDay, MS_PER_DAY } from '../../../_lib/civil';

// `--format json` writes a closure state for every complaint record: a million of them at a million records. The state
// is a frozen object with five instants, and JSON.stringify on it spends most of its time in Date#toJSON; the same JSON
// text is written from a plain copy whose instants are formatted from their day number (CMP-14's report, unchanged).

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** What `new Date(ms).toISOString()` writes, for the instants of years 0001–9999 (others: toISOString itself). */
export function isoUtc(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const t = ms - day * MS_PER_DAY;
  const [year] = civilFromDays(day);
  if (year < 1 || year > 9999) return new Date(ms).toISOString();
  return `${formatDay(day)}T${pad(Math.floor(t / 3_600_000), 2)}:${pad(Math.floor(t / 60_000) % 60, 2)}:${pad(Math.floor(t / 1000) % 60, 2)}.${pad(t % 1000, 3)}Z`;
}

/** A value as JSON.stringify reads it: dates as their ISO text, objects and arrays copied plain (not frozen). */
function plain(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoUtc(v.getTime());
  if (Array.isArray(v)) return v.map(plain);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = plain((v as Record<string, unknown>)[k]);
  return out;
}

/** The JSON text of a closure state: exactly `JSON.stringify(status)`. */
export const statusJson = (status: object): string => JSON.stringify(plain(status));
