import { GuifanError } from '../errors/GuifanError';

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
