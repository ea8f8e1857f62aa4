import { optionsOf } from '../_lib/options';
import { fromNumber, mul, q } from '../_lib/rational';
import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';

/**
 * Result of {@link checkDistribution}.
 *
 * @example
 * const r = checkDistribution([{ id: 'a', grade: '优秀' }, { id: 'b', grade: '优秀' }, { id: 'c', grade: '称职' }], { 优秀: 0.2 })
 * r.counts //=> { 优秀: 2, 称职: 1 }
 * r.allowed //=> { 优秀: 0 } (20 % × 3 people, rounded down)
 * r.issues[0].code //=> 'DISTRIBUTION_CAP_EXCEEDED'
 */
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
 * @throws {GuifanError} `INVALID_OPTIONS` for an unknown `rounding`; bad team members and shares are issues (`INVALID_INPUT`)
 * @example
 * checkDistribution([{ id: 'a', grade: '优秀' }, { id: 'b', grade: '优秀' }, { id: 'c', grade: '称职' }], { 优秀: 0.2 }).ok //=> false
 */
export function checkDistribution(
  team: readonly { id: string; grade: string }[],
  caps: Readonly<Record<string, number>>,
  options: { rounding?: 'floor' | 'round' | 'ceil' } = {},
): DistributionCheck {
  const mode = optionsOf(options).rounding ?? 'floor';
  if (mode !== 'floor' && mode !== 'round' && mode !== 'ceil') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'rounding', value: mode, reasonZh: "应为 'floor'、'round' 或 'ceil'", reasonEn: "expected 'floor', 'round' or 'ceil'" }, 'APR-08');
  }
  const issues: ValidationIssue[] = [];
  // Bad data is reported, not thrown; a Map, so that a grade named '__proto__' is counted like any other.
  const members = Array.isArray(team) ? team : [];
  if (!Array.isArray(team)) issues.push(makeIssue('INVALID_INPUT', ['team'], { value: team, reasonZh: '应为人员数组', reasonEn: 'expected an array of people' }, 'APR-08'));
  const tally = new Map<string, number>();
  members.forEach((m, i) => {
    const grade = typeof m === 'object' && m !== null ? (m as { grade?: unknown }).grade : undefined;
    if (typeof grade !== 'string') {
      issues.push(makeIssue('INVALID_INPUT', ['team', i, 'grade'], { value: grade, reasonZh: '等级应为字符串', reasonEn: 'a grade is a string' }, 'APR-08'));
      return;
    }
    tally.set(grade, (tally.get(grade) ?? 0) + 1);
  });
  const counts: Record<string, number> = Object.fromEntries(tally);
  const allowed: Record<string, number> = {};
  const capsOk = typeof caps === 'object' && caps !== null && !Array.isArray(caps);
  if (!capsOk) issues.push(makeIssue('INVALID_INPUT', ['caps'], { value: caps, reasonZh: '应为 { 等级: 比例 }', reasonEn: 'expected { grade: share }' }, 'APR-08'));
  const capList = capsOk ? Object.entries(caps) : [];
  for (const [grade, share] of capList) {
    if (!(typeof share === 'number' && share >= 0 && share <= 1)) {
      issues.push(makeIssue('INVALID_INPUT', ['caps', grade], { value: share, reasonZh: '比例应在 0–1 之间', reasonEn: 'a share is between 0 and 1' }));
      continue;
    }
    // Exact: 15 % of 20 people is 3, not 2.9999999999999996.
    const x = mul(fromNumber(share), q(BigInt(members.length)));
    const whole = mode === 'floor' ? x.n / x.d : mode === 'ceil' ? (x.n + x.d - 1n) / x.d : (2n * x.n + x.d) / (2n * x.d);
    Object.defineProperty(allowed, grade, { value: Number(whole), enumerable: true, writable: true, configurable: true });
    const n = tally.get(grade) ?? 0;
    if (n > allowed[grade]!) issues.push(makeIssue('DISTRIBUTION_CAP_EXCEEDED', ['team'], { grade, count: n, allowed: allowed[grade], share: `${share * 100}%`, total: members.length }));
  }
  return Object.freeze({ ok: issues.length === 0, counts: Object.freeze(counts), allowed: Object.freeze(allowed), issues: Object.freeze(issues) });
}
