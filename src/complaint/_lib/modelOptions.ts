import { GuifanError } from '../../errors/GuifanError';

/** The options object of a public function, or `INVALID_OPTIONS` (a host's configuration error). */
export function optionsObject(options: unknown, name: string): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new GuifanError('INVALID_OPTIONS', { path: name, value: options, reasonZh: '应为对象', reasonEn: 'must be an object' });
  }
  return options as Record<string, unknown>;
}

/** `eventTypes` option: absent, or an array of non-empty strings. */
export function eventTypesOption(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string' || t.length === 0)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'eventTypes', value, reasonZh: '应为非空字符串数组', reasonEn: 'must be an array of non-empty strings' });
  }
  return value as readonly string[];
}
