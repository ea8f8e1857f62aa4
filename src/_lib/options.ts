import { GuifanError } from '../errors/GuifanError';
import type { RuleId } from '../errors/types';

/**
 * The options argument of a public function: `{}` when it is `undefined` or
 * `null`, `INVALID_OPTIONS` when it is not an object (a number, a text, an
 * array), so that a bad call is a GuifanError and never a TypeError.
 */
export function optionsOf<T extends object>(options: T | null | undefined, path = 'options'): T {
  if (options === undefined || options === null) return {} as T;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new GuifanError('INVALID_OPTIONS', { path, value: options, reasonZh: '选项应为对象', reasonEn: 'options must be an object' });
  }
  return options;
}

/**
 * An option read as a list (`checks`, `levels`, `related` …): the list, or
 * `undefined` when it is not given; `INVALID_OPTIONS` naming the option when it
 * is anything else (a text, a number, an object), so that a bad option is a
 * GuifanError and never a TypeError from `.map` (issue 24). With `orText`, one
 * text stands for a list of one.
 */
export function listOption<T>(value: readonly T[] | T | undefined, path: string, rule?: RuleId, orText = false): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (orText && typeof value === 'string') return [value];
  if (Array.isArray(value)) return value as readonly T[];
  throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh: orText ? '应为字符串或数组' : '应为数组', reasonEn: orText ? 'expected a text or an array' : 'expected an array' }, rule);
}
