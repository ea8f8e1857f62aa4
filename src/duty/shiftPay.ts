import { sum, toExactString, type RoundingRule } from '../_lib/rational';
import { optionsOf } from '../_lib/options';
import { calendarOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { LocalizedText, RuleId } from '../errors/types';
import { classifier, classifyInterval } from './_lib/classify';
import type { ValidationIssue } from './_lib/makeIssue';
import { normalMsOf, readShift, type ShiftInput } from './_lib/readShift';
import { exactOf, payLine, type PayLine } from './_lib/pay';
import { shiftWarnings } from './_lib/segments';
import { yuan } from './_lib/text';
import { readWage, roundingOf, toFen } from './_lib/wage';
import type { ClassifyShiftOptions } from './classifyShift';
import type { Wage } from './schema';

export type { PayLine } from './_lib/pay';

/**
 * Options of {@link shiftPay}: those of {@link classifyShift}, and the rounding.
 *
 * @example
 * const shift = { start: '2026-10-01T08:00+08:00', end: '2026-10-01T09:00+08:00' };
 * [shiftPay(shift, { hourlyWageFen: 1 }).totalFen, shiftPay(shift, { hourlyWageFen: 1 }, { rounding: 'half-up' }).totalFen] //=> [3, 3]
 */
export interface ShiftPayOptions extends ClassifyShiftOptions {
  /** How exact fen are rounded, once at the end: GB/T 8170 (奇进偶舍) or 四舍五入. @default 'half-even' */
  rounding?: RoundingRule;
}

/**
 * What a shift earns (DUT-04, DUT-06): one line per piece, the total rounded once.
 *
 * @example
 * const p = shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }, { monthlyWageFen: 600000 });
 * [p.totalFen, p.exactFen, p.rules] //=> [124138, '3600000/29', ['DUT-04', 'DUT-05', 'DUT-06']]
 */
export interface ShiftPay {
  readonly person: string | undefined;
  readonly lines: readonly PayLine[];
  /**
   * Whole fen, rounded once from the exact sum of the lines (so it can differ by
   * a fen from the sum of the rounded lines). Under a monthly wage: what the shift
   * earns on top of the wage; under an hourly wage: all of its pay.
   */
  readonly totalFen: number;
  readonly exactFen: string;
  /** The hourly wage the lines use, exact, and how it was found (DUT-06). */
  readonly hourlyWage: { readonly exactFen: string; readonly explanation: LocalizedText };
  readonly provisional: boolean;
  readonly rules: readonly RuleId[];
  /** Warnings, e.g. `COMPENSATORY_REST_ON_STATUTORY_DAY`. */
  readonly issues: readonly ValidationIssue[];
  /** Every line and the total, in 简体中文 and English. */
  readonly explanation: LocalizedText;
}

const RULES: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['DUT-04', 'DUT-05', 'DUT-06'] as RuleId[]);

/**
 * What one shift earns (DUT-04, DUT-06): the shift is split and classified as
 * {@link classifyShift} does, and each piece is paid at its rate of the hourly
 * wage — monthly ÷ 21.75 ÷ 8 for a monthly wage (劳社部发〔2008〕3号). Amounts
 * are exact (no rounding of the hourly wage or of a line along the way) and
 * rounded to whole fen once, GB/T 8170 half-even by default. Under a monthly
 * wage, normal hours of a working day (and rest-day hours given back as rest)
 * are already paid by the wage: their lines show 0 and say so.
 *
 * @param shift - `{ start, end, person?, compensatoryRest? }` (see {@link ShiftInput})
 * @param wage - `{ monthlyWageFen }` or `{ hourlyWageFen }`, whole fen (see {@link WageSchema})
 * @param options - {@link ShiftPayOptions}
 * @returns a frozen {@link ShiftPay}
 * @throws {GuifanError} as {@link classifyShift}; `VALIDATION_FAILED` for a bad wage; `INVALID_OPTIONS` for a bad rounding
 * @example
 * const p = shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }, { monthlyWageFen: 600000 })
 * p.totalFen //=> 124138 (12 h × 300 % × 6000 元 ÷ 174 h)
 * p.lines[0].explanation.en //=> '2026-10-01 08:00–20:00 statutory holiday 12 h × 300 % = CNY 1241.38 (National Day, DUT-04)'
 * shiftPay({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' }, { monthlyWageFen: 600000 }).lines.map((l) => [l.class, l.amountFen])
 * //=> [['working-day', 0], ['working-day-overtime', 20690]]
 */
export function shiftPay(shift: ShiftInput, wage: Wage, options: ShiftPayOptions = {}): ShiftPay {
  const o = optionsOf(options);
  const c = classifier(calendarOf(o, chinaCalendar));
  const s = readShift(shift, c.zone);
  const w = readWage(wage, ['wage']);
  const rounding = roundingOf(o.rounding);
  const pieces = classifyInterval(c, s.start, s.end, s.compensatoryRest, normalMsOf(o.normalHoursPerDay), new Map());
  const lines = pieces.map((p) => payLine(p, c, w, rounding));
  const exact = sum(pieces.map((p) => exactOf(w, p)));
  const total = toFen(exact, rounding);
  const hourly = toExactString(w.hourly);
  return Object.freeze({
    person: s.person,
    lines: Object.freeze(lines),
    totalFen: total,
    exactFen: toExactString(exact),
    hourlyWage: Object.freeze({ exactFen: hourly, explanation: Object.freeze(w.explanation) }),
    provisional: pieces.some((p) => p.pay.provisional),
    rules: RULES,
    issues: Object.freeze(shiftWarnings(pieces, s.compensatoryRest, c)),
    explanation: Object.freeze({
      'zh-CN': [w.explanation['zh-CN'], ...lines.map((l) => l.explanation['zh-CN']), `合计 ${yuan(BigInt(total))} 元`].join('\n'),
      en: [w.explanation.en, ...lines.map((l) => l.explanation.en), `total CNY ${yuan(BigInt(total))}`].join('\n'),
    }),
  });
}
