import { wallTime } from '../../_lib/formatInstant';
import type { Zone } from '../../_lib/zone';
import type { HourClass } from './classify';

/** Class names as the law writes them (DUT-04). */
export const CLASS_ZH: Readonly<Record<HourClass, string>> = {
  'statutory-holiday': '法定休假日',
  'rest-day': '休息日',
  'rest-day-compensated': '休息日（已安排补休）',
  'working-day-overtime': '工作日延长工作时间',
  'working-day': '工作日正常工作时间',
};
export const CLASS_EN: Readonly<Record<HourClass, string>> = {
  'statutory-holiday': 'statutory holiday',
  'rest-day': 'rest day',
  'rest-day-compensated': 'rest day (compensatory rest given)',
  'working-day-overtime': 'working day beyond normal hours',
  'working-day': 'working day, normal hours',
};

/** `'HH:mm'` of an instant in `zone`; the end of a civil day is written `'24:00'`. */
export function clock(ms: number, zone: Zone, endOfDay: boolean): string {
  const t = wallTime(ms, zone);
  return endOfDay && t === '00:00' ? '24:00' : t;
}

/** Hours as people write them: `12`, `7.5`, `0.25`, else hours and minutes (`1 h 20 min` is `'1:20'`). */
export function hoursText(ms: number): string {
  const min = ms / 60_000;
  if (Number.isInteger(min) && Number.isInteger((min * 100) / 60)) return String((min * 100) / 60 / 100);
  if (Number.isInteger(min)) return `${Math.floor(min / 60)}:${String(min % 60).padStart(2, '0')}`;
  return String(Math.round((ms / 3_600_000) * 10_000) / 10_000);
}

/** Fen as yuan text: 124138 → `'1241.38'`. */
export function yuan(fen: bigint): string {
  const neg = fen < 0n;
  const a = (neg ? -fen : fen).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${a.slice(0, -2)}.${a.slice(-2)}`;
}

/** Hours as a number for results. */
export const hoursOf = (ms: number): number => ms / 3_600_000;
