import { describeValue } from '../../_lib/describe';
import { GuifanError } from '../../errors/GuifanError';
import type { TimeLimit, TimeLimitKind, TimeUnit } from '../schema';
import { isAllowedAmount } from './units';
import { readNumber, toHalfWidth } from './numerals';

const FILLERS = ['必须在', '应当在', '应当', '应于', '应在', '须在', '须于', '需在', '要在', '在', '于', '须', '应'];
const PREFIXES: [string, TimeLimitKind][] = [
  ['最长不得超过', 'maximum'],
  ['最长不能超过', 'maximum'],
  ['最长不应超过', 'maximum'],
  ['最长不超过', 'maximum'],
  ['最迟不得超过', 'maximum'],
  ['最迟不超过', 'maximum'],
  ['最多不超过', 'maximum'],
  ['最长', 'maximum'],
  ['提前', 'lead'],
  ['不得超过', 'within'],
  ['不超过', 'within'],
  ['不多于', 'within'],
];
const SPECIALS: [RegExp, TimeLimit][] = [
  [/^(立即|立刻|即时|马上|当场)/, { amount: 0, unit: 'minute', kind: 'within' }],
  [/^(当日|当天)/, { amount: 0, unit: 'day', kind: 'within' }],
  [/^(次日|第二日|第二天|翌日|隔日)/, { amount: 1, unit: 'day', kind: 'within' }],
];
const UNITS: [string, TimeUnit][] = [
  ['工作小时', 'workhour'],
  ['工作日', 'workday'],
  ['自然日', 'day'],
  ['小时', 'hour'],
  ['钟头', 'hour'],
  ['分钟', 'minute'],
  ['星期', 'week'],
  ['礼拜', 'week'],
  ['天', 'day'],
  ['日', 'day'],
  ['周', 'week'],
  ['月', 'month'],
  ['分', 'minute'],
];
const MARKERS = ['以内', '之内', '内'];
const TRAILING_PUNCT = /^[\s。.，,；;！!、）)]*$/;

function fail(text: string, offset: number, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_TIME_LIMIT', { text, offset, column: offset + 1, reasonZh, reasonEn }, 'TL-01');
}

const EN_UNITS: [RegExp, TimeUnit][] = [
  [/^(working|business) ?days?$|^workdays?$/, 'workday'],
  [/^(working|business) ?hours?$/, 'workhour'],
  [/^(minutes?|mins?)$/, 'minute'],
  [/^(hours?|hrs?)$/, 'hour'],
  [/^days?$/, 'day'],
  [/^weeks?$/, 'week'],
  [/^months?$/, 'month'],
];

function parseEnglish(original: string, text: string): TimeLimit {
  const t = text.trim().toLowerCase().replace(/[.;,]+$/, '');
  if (t === 'immediately') return { amount: 0, unit: 'minute', kind: 'within' };
  if (t === 'within the same day' || t === 'the same day') return { amount: 0, unit: 'day', kind: 'within' };
  const m = /^(within|in|at most|no more than|no later than)?\s*(\d+(?:\.\d+)?|an?|half an?|half a)\s+(.+?)(\s+before)?$/.exec(t);
  if (!m) throw fail(original, 0, '无法识别的英文时限', "expected e.g. 'within 3 working days', 'at most 7 working days', '2 days before'");
  const unit = EN_UNITS.find(([re]) => re.test(m[3]!))?.[1];
  if (!unit) throw fail(original, t.indexOf(m[3]!), '未知的时间单位', `unknown unit '${m[3]}'`);
  const amount = m[2]!.startsWith('half') ? 0.5 : m[2] === 'a' || m[2] === 'an' ? 1 : checkAmount(original, t.indexOf(m[2]!), Number(m[2]), m[2]!);
  const kind: TimeLimitKind = m[4] ? 'lead' : m[1] === 'at most' || m[1] === 'no more than' || m[1] === 'no later than' ? 'maximum' : 'within';
  return checkHalves(original, 0, { amount, unit, kind });
}

/**
 * The largest amount a time limit may have: `Number.MAX_SAFE_INTEGER`, so that
 * the amount is exactly the number written (a longer number would silently
 * become another one, 999999999999999999999 → 1e21). Spans this long still
 * end outside years 0001–9999: dueAt and latestStart then throw
 * `INSTANT_OUT_OF_RANGE`.
 */
export const MAX_LIMIT_AMOUNT = Number.MAX_SAFE_INTEGER;

/** INVALID_AMOUNT for an amount that is not a finite number ≥ 0 and ≤ {@link MAX_LIMIT_AMOUNT}. */
export function amountError(value: unknown): GuifanError {
  return new GuifanError(
    'INVALID_AMOUNT',
    {
      value,
      name: 'amount',
      expectedZh: `时限数量应为 0 至 ${MAX_LIMIT_AMOUNT} 之间的整数（小时、工作小时可为半数；工作日只可为半个）`,
      expectedEn: `a limit amount is a whole number from 0 to ${MAX_LIMIT_AMOUNT} (halves for hours and working hours; half a working day)`,
    },
    'TL-01',
  );
}

/** The amount read from `raw` (its text), checked against the bound and against digits a double cannot hold. */
function checkAmount(text: string, offset: number, amount: number, raw: string): number {
  if (!(amount >= 0 && amount <= MAX_LIMIT_AMOUNT)) throw amountError(raw);
  // '1.00000000000000001' reads as the double 1: refuse it rather than round it.
  if (raw.includes('.') && !/\.(?:0+|50*)$/.test(raw)) {
    throw fail(text, offset, `“${raw}”不是该单位可用的数量（只可为整数或半数）`, `${raw} is not a usable amount (whole numbers or halves only)`);
  }
  return amount;
}

function checkHalves(text: string, offset: number, l: TimeLimit): TimeLimit {
  // '9007199254740991个半小时': the half no longer fits a double exactly.
  if (!(l.amount <= MAX_LIMIT_AMOUNT)) throw amountError(text);
  if (!isAllowedAmount(l.amount, l.unit)) {
    throw fail(text, offset, `“${l.amount}”不是该单位可用的数量（半只用于小时、工作小时和半个工作日）`, `${l.amount} is not a usable amount of ${l.unit}s (halves only for hours, working hours and half a working day)`);
  }
  return l;
}

/** The phrase parser behind parseTimeLimit; see its documentation. */
export function parseLimitText(original: string): TimeLimit {
  if (typeof original !== 'string') throw fail(describeValue(original), 0, '时限应为字符串', 'a time limit phrase must be a string');
  const text = toHalfWidth(original);
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  skipSpace();
  if (i >= text.length) throw fail(original, i, '时限为空', 'the text is empty');
  if (/[a-z]{2}/i.test(text)) return parseEnglish(original, text);
  const at = (s: string): boolean => text.startsWith(s, i);

  for (const f of FILLERS) {
    if (at(f) && !PREFIXES.some(([p]) => at(p))) {
      i += f.length;
      break;
    }
  }
  skipSpace();
  for (const [re, limit] of SPECIALS) {
    const m = re.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      for (const mk of MARKERS) if (at(mk)) { i += mk.length; break; }
      return { ...limit };
    }
  }
  let kind: TimeLimitKind = 'within';
  for (const [p, k] of PREFIXES) {
    if (at(p)) {
      kind = k;
      i += p.length;
      break;
    }
  }
  skipSpace();
  const numberAt = i;
  let amount: number;
  if (at('半')) {
    amount = 0.5;
    i++;
    if (at('个')) i++;
  } else {
    const n = readNumber(text, i);
    if (!n) throw fail(original, i, '此处应为数量（如 3、三、两、半）', 'expected an amount here (3, 三, 两, 半)');
    amount = checkAmount(original, i, n.value, text.slice(i, n.end));
    i = n.end;
    skipSpace();
    if (at('个半')) {
      amount += 0.5;
      i += 2;
    } else if (at('个')) i++;
    else if (at('半')) {
      amount += 0.5;
      i++;
    }
  }
  skipSpace();
  const unit = UNITS.find(([u]) => at(u));
  if (!unit) throw fail(original, i, '此处应为时间单位（分钟、小时、日、周、月、工作日、工作小时）', 'expected a unit here (分钟, 小时, 日, 周, 月, 工作日, 工作小时)');
  i += unit[0].length;
  let marked = false;
  for (const mk of MARKERS) {
    if (at(mk)) {
      i += mk.length;
      marked = true;
      break;
    }
  }
  // After “…内” or “提前…” regulations go on with the action (“2小时内联系用户”).
  if (!marked && kind !== 'lead' && !TRAILING_PUNCT.test(text.slice(i))) {
    throw fail(original, i, '时限后应为“内”“以内”或结束', 'expected 内/以内/之内 or the end of the limit here');
  }
  return checkHalves(original, numberAt, { amount, unit: unit[1], kind });
}
