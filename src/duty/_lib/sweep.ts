/** An interval of epoch ms, [start, end). */
export type Span = readonly [number, number];

/** A stretch of required time with fewer people than required. */
export interface Gap {
  readonly start: number;
  readonly end: number;
  /** How many are on duty throughout it. */
  readonly count: number;
}

/** Sorts and merges spans that overlap or touch. */
export function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The stretches of `required` during which fewer than `min` of `staff` are on
 * duty (DUT-01), as maximal runs of one head count. One sweep over the sorted
 * start/end events: O((r + s) log (r + s)), never a pair check.
 */
export function gaps(required: readonly Span[], staff: readonly Span[], min: number): Gap[] {
  const events: [number, number][] = [];
  for (const [s, e] of staff) if (e > s) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0]);
  const out: { start: number; end: number; count: number }[] = [];
  const emit = (start: number, end: number, count: number): void => {
    if (end <= start || count >= min) return;
    const last = out[out.length - 1];
    if (last && last.end === start && last.count === count) last.end = end;
    else out.push({ start, end, count });
  };
  let i = 0;
  let count = 0;
  for (const [a, b] of merge(required)) {
    while (i < events.length && events[i]![0] <= a) count += events[i++]![1];
    let t = a;
    while (i < events.length && events[i]![0] < b) {
      const at = events[i]![0];
      emit(t, at, count);
      while (i < events.length && events[i]![0] === at) count += events[i++]![1];
      t = at;
    }
    emit(t, b, count);
  }
  return out;
}
