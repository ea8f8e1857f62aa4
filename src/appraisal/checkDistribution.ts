import { fromNumber, mul, q } from '../_lib/rational';
import { makeIssue, type ValidationIssue } from '../errors/issues';

/** Result of {@link checkDistribution}. */
export interface DistributionCheck {
  readonly ok: boolean;
  /** People per grade. */
  readonly counts: Readonly<Record<string, number>>;
  /** How many each capped grade may have. */
  readonly allowed: Readonly<Record<string, number>>;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Checks a team's grades against forced-distribution caps, e.g. 优秀 at most
 * 20 % of a department. The allowed count is `share × team size`, rounded down
 * by default (`rounding: 'floor' | 'round' | 'ceil'`).
 *
 * @param team - `[{ id, grade }]`
 * @param caps - `{ 优秀: 0.2 }`: the largest share per grade (0–1)
 * @param options - `{ rounding }` @default { rounding: 'floor' }
 * @returns counts, allowed counts and `DISTRIBUTION_CAP_EXCEEDED` issues
 * @example
 * checkDistribution([{ id: 'a', grade: '优秀' }, { id: 'b', grade: '优秀' }, { id: 'c', grade: '称职' }], { 优秀: 0.2 }).ok //=> false
 */
export function checkDistribution(
  team: readonly { id: string; grade: string }[],
  caps: Readonly<Record<string, number>>,
  options: { rounding?: 'floor' | 'round' | 'ceil' } = {},
): DistributionCheck {
  const counts: Record<string, number> = {};
  for (const m of team) counts[m.grade] = (counts[m.grade] ?? 0) + 1;
  const allowed: Record<string, number> = {};
  const issues: ValidationIssue[] = [];
  const mode = options.rounding ?? 'floor';
  for (const [grade, share] of Object.entries(caps)) {
    if (!(share >= 0 && share <= 1)) {
      issues.push(makeIssue('INVALID_INPUT', ['caps', grade], { value: share, reasonZh: '比例应在 0–1 之间', reasonEn: 'a share is between 0 and 1' }));
      continue;
    }
    // Exact: 15 % of 20 people is 3, not 2.9999999999999996.
    const x = mul(fromNumber(share), q(BigInt(team.length)));
    const whole = mode === 'floor' ? x.n / x.d : mode === 'ceil' ? (x.n + x.d - 1n) / x.d : (2n * x.n + x.d) / (2n * x.d);
    allowed[grade] = Number(whole);
    const n = counts[grade] ?? 0;
    if (n > allowed[grade]!) issues.push(makeIssue('DISTRIBUTION_CAP_EXCEEDED', ['team'], { grade, count: n, allowed: allowed[grade], share: `${share * 100}%`, total: team.length }));
  }
  return Object.freeze({ ok: issues.length === 0, counts: Object.freeze(counts), allowed: Object.freeze(allowed), issues: Object.freeze(issues) });
}
