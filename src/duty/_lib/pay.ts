import { toExactString, ZERO, type Q, type RoundingRule } from '../../_lib/rational';
import type { LocalizedText, RuleId } from '../../errors/types';
import { PERCENT, type Classifier, type HourClass, type Piece } from './classify';
import type { ShiftSegment } from './segments';
import { CLASS_EN, CLASS_ZH, clock, hoursOf, hoursText, yuan } from './text';
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
export const includedIn = (w: HourlyWage, cls: HourClass): boolean => w.monthly && (cls === 'working-day' || cls === 'rest-day-compensated');

/** The exact fen of `ms` of one class (0 when the monthly wage pays it). */
export const classExact = (w: HourlyWage, cls: HourClass, ms: number): Q => (includedIn(w, cls) ? ZERO : amountOf(w, ms, PERCENT[cls]));

/** The exact fen of one piece. */
export const exactOf = (w: HourlyWage, p: Piece): Q => classExact(w, p.cls, p.end - p.start);

/** A pay line: the piece as a segment, its amount and its explanation (one object literal: spreads are slow here). */
export function payLine(p: Piece, c: Classifier, w: HourlyWage, rounding: RoundingRule): PayLine {
  const exact = exactOf(w, p);
  const fen = toFen(exact, rounding);
  const included = includedIn(w, p.cls);
  const date = c.label(p.day);
  const from = clock(p.start, c.zone, false);
  const to = clock(p.end, c.zone, true);
  const percent = PERCENT[p.cls];
  const holiday = p.pay.holiday;
  const head = `${date} ${from}–${to}`;
  const h = hoursText(p.end - p.start);
  const where = holiday ? `${holiday}，` : '';
  const whereEn = holiday ? `${p.pay.holidayEn ?? holiday}, ` : '';
  const back = p.cls === 'rest-day-compensated';
  const zh = included
    ? `${head} ${CLASS_ZH[p.cls]} ${h} h：已含在月工资内${back ? `，另补休 ${h} h` : ''}（${where}DUT-04）`
    : `${head} ${CLASS_ZH[p.cls]} ${h} h × ${percent} % = ${yuan(BigInt(fen))} 元（${where}DUT-04）`;
  const en = included
    ? `${head} ${CLASS_EN[p.cls]} ${h} h: paid by the monthly wage${back ? `, with ${h} h of rest given back` : ''} (${whereEn}DUT-04)`
    : `${head} ${CLASS_EN[p.cls]} ${h} h × ${percent} % = CNY ${yuan(BigInt(fen))} (${whereEn}DUT-04)`;
  return Object.freeze({
    date,
    from,
    to,
    start: new Date(p.start),
    end: new Date(p.end),
    class: p.cls,
    payClass: p.pay.payClass,
    hours: hoursOf(p.end - p.start),
    percent,
    holiday,
    rule: 'DUT-04' as RuleId,
    amountFen: fen,
    exactFen: toExactString(exact),
    includedInMonthlyWage: included,
    explanation: Object.freeze({ 'zh-CN': zh, en }),
  });
}
