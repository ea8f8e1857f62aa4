import { optionsOf } from '../_lib/options';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationError } from '../errors/validationError';
import { cmp, exact, finish, finishDisplay, num, parseOrIssues, resolveRounding, ROUNDING_LABEL, sub, sum, type ScoreResult } from './_lib/core';
import { InspectionSchema, type Inspection, type Rounding } from './schema';

/**
 * Scores a weekly, monthly or spot inspection (APR-03): out of 100 (or `max`)
 * by deducting points against the inspection standards. Deductions that take
 * the score below zero are an issue, never a silent zero.
 *
 * @param inspection - `{ kind, date?, max?, deductions: [{ points, reason, ref? }] }`
 * @param options - `{ rounding }` (default GB/T 8170 round-half-even, 2 places)
 * @returns a {@link ScoreResult}
 * @throws {GuifanError} `VALIDATION_FAILED` with `details.issues`
 * @example
 * scoreInspection({ kind: 'weekly', deductions: [{ points: 2, reason: '前台物品摆放不整齐' }, { points: 0.5, reason: '未佩戴工牌' }] }).display
 * //=> '97.50'
 */
export function scoreInspection(inspection: Inspection, options: { rounding?: Rounding } = {}): ScoreResult {
  const parsed = parseOrIssues(InspectionSchema, inspection, [], 'APR-03');
  if (!parsed.data) throw validationError(parsed.issues, 'APR-03');
  const ins = parsed.data;
  const rounding = resolveRounding(optionsOf(options).rounding);
  const off = sum(ins.deductions.map((d) => num(d.points)));
  const total = sub(num(ins.max), off);
  const issues: ValidationIssue[] = [];
  if (cmp(total, num(0)) < 0) issues.push(makeIssue('SCORE_OUT_OF_RANGE', ['deductions'], { value: exact(total), min: 0, max: ins.max }, 'APR-03'));
  if (issues.length) throw validationError(issues, 'APR-03');
  const list = (zh: boolean) => ins.deductions.map((d) => `${d.reason}${d.ref ? `（${d.ref}）` : ''} −${d.points}`).join(zh ? '；' : '; ');
  return finish(
    total,
    rounding,
    [
      { label: '满分', labelEn: 'Full marks', value: String(ins.max), contribution: String(ins.max) },
      ...ins.deductions.map((d) => ({ label: `扣分：${d.reason}`, labelEn: `Deduction: ${d.reason}`, value: String(d.points), contribution: `-${exact(num(d.points))}` })),
    ],
    ['APR-03'],
    {
      'zh-CN': `${ins.kind === 'weekly' ? '周检' : ins.kind === 'monthly' ? '月检' : '抽检'}${ins.date ? ` ${ins.date}` : ''}：满分 ${ins.max}${ins.deductions.length ? `，扣分 ${list(true)}，共扣 ${exact(off)}` : '，无扣分'}；得分 ${exact(total)}，按${ROUNDING_LABEL(rounding.rule, true)}：${finishDisplay(total, rounding)}（APR-03）。`,
      en: `${ins.kind} inspection${ins.date ? ` ${ins.date}` : ''}: full marks ${ins.max}${ins.deductions.length ? `, deductions ${list(false)}, ${exact(off)} in all` : ', no deductions'}; score ${exact(total)}, rounded by ${ROUNDING_LABEL(rounding.rule, false)}: ${finishDisplay(total, rounding)} (APR-03).`,
    },
  );
}
