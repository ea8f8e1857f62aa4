/**
 * Appends every element of `from` to `into`, one at a time: `into.push(...from)`
 * passes each element as an argument and overflows the call stack beyond about
 * a hundred thousand (a merged summary's id lists hold millions).
 */
export function append<T>(into: T[], from: Iterable<T>): void {
  for (const x of from) into.push(x);
}
