import { optionsOf } from '../_lib/options';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationError } from '../errors/validationError';
import { bonusIssues } from './_lib/bonus';
import { add, cmp, exact, finish, finishDisplay, num, parseOrIssues, resolveRounding, ROUNDING_LABEL, sub, sum, type Q, type ScorePart, type ScoreResult } from './_lib/core';
import { DEFAULT_APPRAISAL_SCHEME } from './presets';
import { AppraisalSheetSchema, type AppraisalScheme, type AppraisalSheet, type Rounding } from './schema';
import { validateScheme } from './validateScheme';

/**
 * Options of {@link scoreAppraisal}.
 *
 * @example
 * const scheme = { id: 'simple', name: '简易考评', dimensions: [{ key: 'work', name: '工作', points: 60 }, { key: 'attitude', name: '态度', points: 40 }] }
 * scoreAppraisal({ marks: { work: 55.5, attitude: 36 } }, { scheme, rounding: { precision: 0 } }).display //=> '92' (91.5, half-even)
 */
export interface ScoreAppraisalOptions {
  /** @default DEFAULT_APPRAISAL_SCHEME (德20 勤20 能30 绩30) */
  scheme?: AppraisalScheme;
  /** @default { rule: 'half-even', precision: 2 } (GB/T 8170-2008) */
  rounding?: Rounding;
}

/**
 * The score of one appraisal sheet, with each dimension's part.
 *
 * @example
 * const s = scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 } })
 * s.dimensions //=> { de: '18', qin: '19', neng: '27', ji: '28' }
 * s.explanation['zh-CN'] //=> '德 18 + 勤 19 + 能 27 + 绩 28 = 92；按 GB/T 8170-2008 修约规则保留 2 位：92.00。'
 */
export interface AppraisalScore extends ScoreResult {
  /** Exact score per dimension key. */
  readonly dimensions: Readonly<Record<string, string>>;
}

function compute(sheetIn: AppraisalSheet, optionsIn: ScoreAppraisalOptions): { result?: AppraisalScore; issues: ValidationIssue[] } {
  const options = optionsOf(optionsIn);
  const v = validateScheme(options.scheme ?? DEFAULT_APPRAISAL_SCHEME);
  if (!v.success) return { issues: v.issues.map((i) => ({ ...i, path: ['scheme', ...i.path] })) };
  const scheme = v.data;
  const parsed = parseOrIssues(AppraisalSheetSchema, sheetIn, [], 'APR-02');
  if (!parsed.data) return { issues: parsed.issues };
  const sheet = parsed.data;
  const rounding = resolveRounding(options.rounding);
  const issues: ValidationIssue[] = [...bonusIssues(sheet.bonus, ['bonus'])];
  const findDim = (k: string) => scheme.dimensions.find((d) => d.key === k || d.name === k);
  const known = scheme.dimensions.map((d) => d.key).join(', ');

  const scores = new Map<string, Q>();
  // APR-02 / APR-03: a sheet is marked (`marks`) or deducted from full marks (`deductions` / `misconduct`, even
  // empty). One that says neither — `{}`, a Date — has no score: each dimension is MISSING_SCORE, as with `marks: {}`.
  const marks = sheet.marks ?? (deducting(sheetIn) ? undefined : {});
  if (marks) {
    for (const k of Object.keys(marks)) if (!findDim(k)) issues.push(makeIssue('UNKNOWN_DIMENSION', ['marks', k], { key: k, known, value: k }, 'APR-02'));
    for (const d of scheme.dimensions) {
      const mk = marks[d.key] !== undefined ? d.key : marks[d.name] !== undefined ? d.name : undefined;
      if (mk === undefined) {
        issues.push(makeIssue('MISSING_SCORE', ['marks', d.key], { key: d.name }, 'APR-02'));
        continue;
      }
      const m = marks[mk]!;
      if (typeof m === 'number') {
        if (m < 0 || m > d.points) issues.push(makeIssue('SCORE_OUT_OF_RANGE', ['marks', mk], { value: m, min: 0, max: d.points }, 'APR-02'));
        scores.set(d.key, num(m));
      } else {
        const parts: Q[] = [];
        for (const [ik, iv] of Object.entries(m)) {
          const it = d.items.find((x) => x.key === ik || x.name === ik);
          if (!it) {
            issues.push(makeIssue('UNKNOWN_ITEM', ['marks', mk, ik], { dimension: d.name, key: ik, known: d.items.map((x) => x.name).join('、'), value: ik }, 'APR-02'));
            continue;
          }
          if (iv < 0 || iv > it.max) issues.push(makeIssue('SCORE_OUT_OF_RANGE', ['marks', mk, ik], { value: iv, min: 0, max: it.max }, 'APR-02'));
          parts.push(num(iv));
        }
        for (const it of d.items) {
          if (m[it.key] === undefined && m[it.name] === undefined) issues.push(makeIssue('MISSING_SCORE', ['marks', mk, it.key], { key: `${d.name}·${it.name}` }, 'APR-02'));
        }
        scores.set(d.key, sum(parts));
      }
    }
  } else {
    for (const d of scheme.dimensions) scores.set(d.key, num(d.points));
  }
  // Deductions (APR-03) and misconduct (APR-06) come off the dimension they name.
  const deduct = (list: typeof sheet.deductions, field: 'deductions' | 'misconduct'): void => {
    list.forEach((x, i) => {
      const d = x.dimension === undefined ? undefined : findDim(x.dimension);
      if (!d) {
        issues.push(makeIssue('UNKNOWN_DIMENSION', [field, i, 'dimension'], { key: x.dimension ?? '(none)', known, value: x.dimension }, field === 'misconduct' ? 'APR-06' : 'APR-03'));
        return;
      }
      if (x.item !== undefined && !d.items.some((it) => it.key === x.item || it.name === x.item)) {
        issues.push(makeIssue('UNKNOWN_ITEM', [field, i, 'item'], { dimension: d.name, key: x.item, known: d.items.map((it) => it.name).join('、'), value: x.item }, 'APR-03'));
      }
      // A dimension without a score is already MISSING_SCORE: nothing to deduct from.
      const before = scores.get(d.key);
      if (before !== undefined) scores.set(d.key, sub(before, num(x.points)));
    });
  };
  deduct(sheet.deductions, 'deductions');
  deduct(sheet.misconduct, 'misconduct');
  if (!scheme.allowNegative) {
    for (const d of scheme.dimensions) {
      const sc = scores.get(d.key);
      if (sc && cmp(sc, num(0)) < 0) issues.push(makeIssue('SCORE_OUT_OF_RANGE', ['dimensions', d.key], { value: exact(sc), min: 0, max: d.points }, 'APR-03'));
    }
  }
  if (issues.length) return { issues };

  const parts: ScorePart[] = scheme.dimensions.map((d) => ({
    label: d.name,
    labelEn: d.nameEn ?? d.key,
    value: exact(scores.get(d.key)!),
    contribution: exact(scores.get(d.key)!),
  }));
  let total = sum(scheme.dimensions.map((d) => scores.get(d.key)!));
  const base = total;
  if (sheet.bonus) {
    total = add(total, num(sheet.bonus.points));
    parts.push({ label: `嘉奖加分（${sheet.bonus.reason}）`, labelEn: `Commendation bonus (${sheet.bonus.reason})`, value: String(sheet.bonus.points), contribution: String(sheet.bonus.points) });
  }
  const allDeductions = [...sheet.deductions, ...sheet.misconduct];
  const rules: ('APR-02' | 'APR-03' | 'APR-05' | 'APR-06')[] = ['APR-02'];
  if (sheet.deductions.length) rules.push('APR-03');
  if (sheet.misconduct.length) rules.push('APR-06');
  if (sheet.bonus) rules.push('APR-05');
  const dimText = (zh: boolean) => parts.slice(0, scheme.dimensions.length).map((p) => `${zh ? p.label : p.labelEn} ${p.value}`).join(zh ? ' + ' : ' + ');
  const result = finish(
    total,
    rounding,
    parts,
    rules,
    {
      'zh-CN': `${dimText(true)} = ${exact(base)}${allDeductions.length ? `（已扣 ${allDeductions.map((x) => `${x.reason} ${x.points} 分${x.adminRuleRef ? `，另按《行政奖罚标准工作规程》${x.adminRuleRef}处理` : ''}`).join('；')}）` : ''}${sheet.bonus ? `；嘉奖加 ${sheet.bonus.points} 分（APR-05）= ${exact(total)}` : ''}；按${ROUNDING_LABEL(rounding.rule, true)}保留 ${rounding.precision} 位：${finishDisplay(total, rounding)}。`,
      en: `${dimText(false)} = ${exact(base)}${allDeductions.length ? ` (after deductions: ${allDeductions.map((x) => `${x.reason} ${x.points}`).join('; ')})` : ''}${sheet.bonus ? `; commendation bonus +${sheet.bonus.points} (APR-05) = ${exact(total)}` : ''}; rounded by ${ROUNDING_LABEL(rounding.rule, false)} to ${rounding.precision} places: ${finishDisplay(total, rounding)}.`,
    },
    sheet.bonus,
  );
  const dims: Record<string, string> = {};
  for (const d of scheme.dimensions) dims[d.key] = exact(scores.get(d.key)!);
  return { result: Object.freeze({ ...result, dimensions: Object.freeze(dims) }), issues: [] };
}

/** Whether the sheet asks to be scored by deductions from full marks: it names `deductions` or `misconduct`. */
const deducting = (sheet: unknown): boolean => typeof sheet === 'object' && sheet !== null && ('deductions' in sheet || 'misconduct' in sheet);

/**
 * Scores one appraisal sheet against a scheme (APR-02): direct marks per
 * dimension or sub-item, or deductions from full marks (APR-03), misconduct
 * deductions with their administrative-rule reference (APR-06), and a
 * commendation bonus of 1–10 points after normal scoring (APR-05). Exact
 * arithmetic; rounded once at the end. A sheet with neither `marks` nor
 * `deductions` / `misconduct` (even an empty list) has no score: `MISSING_SCORE`.
 *
 * @param sheet - an {@link AppraisalSheet}
 * @param options - {@link ScoreAppraisalOptions}
 * @returns an {@link AppraisalScore}
 * @throws {GuifanError} `VALIDATION_FAILED` with `details.issues`
 * @example
 * scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 } }).value //=> 92
 * scoreAppraisal({ marks: { de: 19.5, qin: 19.5, neng: 29, ji: 29 }, bonus: { points: 5, reason: '嘉奖' } }).exact //=> '102'
 */
export function scoreAppraisal(sheet: AppraisalSheet, options: ScoreAppraisalOptions = {}): AppraisalScore {
  const r = compute(sheet, options);
  if (!r.result) throw validationError(r.issues, 'APR-02');
  return r.result;
}

