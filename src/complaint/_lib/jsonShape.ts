// The shape of JSON read back (a complaint summary): checked in place, one pass, nothing copied — a summary of a
// million records is millions of values, and a schema library's parse copies every one. Each check says where and what
// is wrong (both languages); the summary's zod schema (summarySchema.ts) describes the same shape for its published JSON
// Schema, and a test holds the two to the same answers.

/** Where a value is: keys and indices from the summary's root. */
export type Path = (string | number)[];

/** What is wrong, and where. */
export interface ShapeProblem {
  readonly path: Path;
  readonly value: unknown;
  readonly reasonZh: string;
  readonly reasonEn: string;
}

/** Problems found so far; a check stops adding after `max` (a damaged file says enough with the first few). */
export interface Found {
  readonly list: ShapeProblem[];
  readonly max: number;
}

/** Checks `v` at `path`, adding what is wrong to `found`. */
export type Shape = (v: unknown, path: Path, found: Found) => void;

const wrong = (found: Found, path: Path, value: unknown, zh: string, en: string): void => {
  if (found.list.length < found.max) found.list.push({ path: [...path], value: value !== null && typeof value === 'object' ? '[object]' : value, reasonZh: zh, reasonEn: en });
};

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** A text (at least `min` characters; matching `re` when given). */
export const text =
  (min = 0, re?: RegExp): Shape =>
  (v, path, found) => {
    if (typeof v !== 'string') wrong(found, path, v, '应为字符串', 'expected a string');
    else if (v.length < min) wrong(found, path, v, `应至少 ${min} 个字符`, `expected at least ${min} character(s)`);
    else if (re !== undefined && !re.test(v)) wrong(found, path, v, `格式不符（${re.source}）`, `does not match ${re.source}`);
  };

/** A whole number from `min` to `max`. */
export const whole =
  (min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Shape =>
  (v, path, found) => {
    if (!isInt(v)) wrong(found, path, v, '应为整数', 'expected a whole number');
    else if (v < min || v > max) wrong(found, path, v, `应在 ${min} 至 ${max} 之间`, `expected ${min} to ${max}`);
  };

/** A finite number from `min` to `max`. */
export const number =
  (min: number, max: number): Shape =>
  (v, path, found) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) wrong(found, path, v, '应为数字', 'expected a number');
    else if (v < min || v > max) wrong(found, path, v, `应在 ${min} 至 ${max} 之间`, `expected ${min} to ${max}`);
  };

export const boolean: Shape = (v, path, found) => {
  if (typeof v !== 'boolean') wrong(found, path, v, '应为布尔值', 'expected true or false');
};

/** Any JSON value. */
export const anything: Shape = () => {};

/** One of `values`. */
export const oneOf =
  (...values: readonly unknown[]): Shape =>
  (v, path, found) => {
    if (!values.includes(v)) wrong(found, path, v, `应为 ${values.map((x) => JSON.stringify(x)).join('、')} 之一`, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  };

export const nullable =
  (inner: Shape): Shape =>
  (v, path, found) => {
    if (v !== null) inner(v, path, found);
  };

/** An array whose every element has `item`'s shape. */
export const list =
  (item: Shape): Shape =>
  (v, path, found) => {
    if (!Array.isArray(v)) return wrong(found, path, v, '应为数组', 'expected an array');
    for (let k = 0; k < v.length && found.list.length < found.max; k++) {
      path.push(k);
      item(v[k], path, found);
      path.pop();
    }
  };

/** An array of exactly these elements. */
export const tuple =
  (...items: readonly Shape[]): Shape =>
  (v, path, found) => {
    if (!Array.isArray(v)) return wrong(found, path, v, '应为数组', 'expected an array');
    if (v.length !== items.length) return wrong(found, path, v.length, `应有 ${items.length} 个元素`, `expected ${items.length} elements`);
    items.forEach((item, k) => {
      path.push(k);
      item(v[k], path, found);
      path.pop();
    });
  };

/** A key that may be left out. */
export interface Optional {
  readonly optional: Shape;
}
export const optional = (inner: Shape): Optional => ({ optional: inner });

/** An object with exactly these keys (those marked optional may be left out). */
export const object = (keys: Readonly<Record<string, Shape | Optional>>): Shape => {
  const entries = Object.entries(keys);
  return (v, path, found) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return wrong(found, path, v, '应为对象', 'expected an object');
    const o = v as Record<string, unknown>;
    for (const [k, s] of entries) {
      path.push(k);
      if (!(k in o) || o[k] === undefined) {
        if (typeof s === 'function') wrong(found, path, undefined, '缺少此项', 'missing');
      } else (typeof s === 'function' ? s : s.optional)(o[k], path, found);
      path.pop();
    }
    for (const k of Object.keys(o)) if (!(k in keys)) wrong(found, [...path, k], o[k], '不应有此项', 'unexpected key');
  };
};

/** An object of any keys, each value of `value`'s shape. */
export const dictionary =
  (value: Shape): Shape =>
  (v, path, found) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return wrong(found, path, v, '应为对象', 'expected an object');
    for (const [k, x] of Object.entries(v)) {
      path.push(k);
      value(x, path, found);
      path.pop();
    }
  };

/** The first of `shapes` that `v` has (its problems are the last one's when it has none). */
export const either =
  (...shapes: readonly Shape[]): Shape =>
  (v, path, found) => {
    let last: ShapeProblem[] = [];
    for (const s of shapes) {
      const mine: Found = { list: [], max: found.max };
      s(v, path, mine);
      if (mine.list.length === 0) return;
      last = mine.list;
    }
    for (const p of last) if (found.list.length < found.max) found.list.push(p);
  };

/** Checks `value` against `shape`: the problems, at most `max`. */
export function checkShape(shape: Shape, value: unknown, max = 20): ShapeProblem[] {
  const found: Found = { list: [], max };
  shape(value, [], found);
  return found.list;
}
