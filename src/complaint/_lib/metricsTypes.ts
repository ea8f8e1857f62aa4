import type { RuleId } from '../../errors/types';
import type { ValidationIssue } from './makeIssue';
import type { Rate } from './rate';
import type { ComplaintState } from './status';

// The answer of complaintMetrics.

/**
 * Complaint metrics over a period.
 *
 * @example
 * const c = (id, satisfaction) => ({ id, kind: 'consultation', channel: 'phone', receivedAt: '2026-03-02T09:00+08:00', satisfaction })
 * const records = [c('Q1', 'satisfied'), c('Q2', 'satisfied'), c('Q3', 'unsatisfied')]
 * const m = complaintMetrics(records, { from: '2026-03-01', to: '2026-03-31' });
 * [m.records, m.byKind, m.byMonth] //=> [3, { consultation: 3 }, { '2026-03': 3 }]
 * m.targets[0] //=> { name: 'consultationSatisfaction', rule: 'CMP-19', min: 90, met: false }
 */
export interface ComplaintMetrics {
  /** The period, civil dates in the calendar's zone, both ends included. */
  readonly from: string;
  readonly to: string;
  /** The instant states, visits and clocks are judged at. */
  readonly at: Date;
  /** Records received in the period (after dropping duplicates and bad records). */
  readonly records: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  /** `'YYYY-MM'` in the calendar's zone. */
  readonly byMonth: Readonly<Record<string, number>>;
  /** Complaint records per statistical category (CMP-07). */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Statistical complaints of the period (countComplaints: verified, merged; CMP-03…06); absent with `statistics: false`. */
  readonly complaints?: { readonly total: number; readonly byCategory: Readonly<Record<string, number>>; readonly pending: number };
  /** Complaint records by state at `at` (CMP-14). */
  readonly states: Readonly<Record<ComplaintState, number>>;
  readonly rates: {
    /** 客户咨询满意率 = satisfied consultations ÷ all consultations × 100 %, target ≥ 90 % (CMP-19). */
    readonly consultationSatisfaction: Rate;
    /** Complainants visited within the visit limit (三日内) ÷ complaints due a visit, target 100 % (CMP-15). */
    readonly returnVisit: Rate;
    /** Complaint records closed at `at` ÷ complaint records of the period (CMP-14). No target. */
    readonly closure: Rate;
    /** “三个100%” for bad reviews (差评): verified, rectified, revisited after rectification (CMP-19). */
    readonly badReviews: { readonly verified: Rate; readonly rectified: Rate; readonly revisited: Rate };
    /** Per SLA clock, when a policy is given: met ÷ decided (met, met late, breached). */
    readonly onTime?: Readonly<Record<string, Rate>>;
  };
  /** Every target, met or not (a target with no data is neither). */
  readonly targets: readonly { readonly name: string; readonly rule: RuleId; readonly min: number; readonly met?: boolean }[];
  readonly issues: readonly ValidationIssue[];
}
