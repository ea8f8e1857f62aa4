/**
 * Freezes an exported constant and everything in it, and returns it as typed.
 * Presets, taxonomies, phrase lists and tables are shared by every caller in the
 * process: one caller must not be able to change them for the others (issue 24;
 * test/frozen-exports.test.ts walks every export of every entry).
 */
export function deepFreeze<T>(value: T, seen: Set<object> = new Set()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}
