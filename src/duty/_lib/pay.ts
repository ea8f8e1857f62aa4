import { toExactString, ZERO, type Q, type RoundingRule } from '../../_lib/rational';
import type { LocalizedText } from '../../errors/types';
import { PERCENT, type Piece } from './classify';
import type { ShiftSegment } from './segments';
import { CLASS_EN, CLASS_ZH, hoursText, yuan } from './text';
import { amountOf, toFen, type HourlyWage } from './wage';

/**
 * One line of pay: a piece of the shift, what it earns and why.
 *
 * @example
 * shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }, { monthlyWageFen: 600000 }).lines[0].explanation['zh-CN']
 * //=> '2026-10-01 08:00–20:00 法定休假日 12 h × 300 % = 1241.38 元（国庆节，DUT-04）'
 */
export interface PayLine extends ShiftSegment {
  /** Whole fen, rounded once from `exactFen`; 0 when the monthly wage already pays these hours. */
  readonly amountFen: number;
  /** The exact amount in fen (a terminating decimal, or `'n/d'`). */
  readonly exactFen: string;
  /** Normal hours of a working day, or rest-day hours given back as rest, under a monthly wage: paid by the wage itself. */
  readonly includedInMonthlyWage: boolean;
  readonly explanation: LocalizedText;
}

/** Whether the monthly wage itself pays a class: normal hours, and rest-day hours given back as rest. */
export const includedIn = (w: HourlyWage, p: Piece): boolean => w.monthly && (p.cls === 'working-day' || p.cls === 'rest-day-compensated');

/** The exact fen of one piece (0 when the monthly wage pays it). */
export const exactOf = (w: HourlyWage, p: Piece): Q => (includedIn(w, p) ? ZERO : amountOf(w, p.end - p.start, PERCENT[p.cls]));

/** A pay line: the segment, its amount and its explanation. */
export function payLine(seg: ShiftSegment, p: Piece, w: HourlyWage, rounding: RoundingRule): PayLine {
  const exact = exactOf(w, p);
  const fen = toFen(exact, rounding);
  const included = includedIn(w, p);
  const head = `${seg.date} ${seg.from}–${seg.to}`;
  const h = hoursText(p.end - p.start);
  const where = seg.holiday ? `${seg.holiday}，` : '';
  const whereEn = seg.holiday ? `${p.pay.holidayEn ?? seg.holiday}, ` : '';
  const zh = included
    ? `${head} ${CLASS_ZH[seg.class]} ${h} h：已含在月工资内${seg.class === 'rest-day-compensated' ? `，另补休 ${h} h` : ''}（${where}DUT-04）`
    : `${head} ${CLASS_ZH[seg.class]} ${h} h × ${seg.percent} % = ${yuan(BigInt(fen))} 元（${where}DUT-04）`;
  const en = included
    ? `${head} ${CLASS_EN[seg.class]} ${h} h: paid by the monthly wage${seg.class === 'rest-day-compensated' ? `, with ${h} h of rest given back` : ''} (${whereEn}DUT-04)`
    : `${head} ${CLASS_EN[seg.class]} ${h} h × ${seg.percent} % = CNY ${yuan(BigInt(fen))} (${whereEn}DUT-04)`;
  return Object.freeze({ ...seg, amountFen: fen, exactFen: toExactString(exact), includedInMonthlyWage: included, explanation: Object.freeze({ 'zh-CN': zh, en }) });
}

