// Each record's line in the input, for its report — the issues counting finds at the end name lines too. Records come in
// line order, so a record's line is its index plus the lines before it that hold no record (blank or unreadable): the
// differences change rarely, and only where they change is anything kept. 5,000,000 records on consecutive lines keep
// one step, not an array of 5,000,000 numbers (40 MB, and twice that while it grew).

/** Where each record was read: noted in index order, asked for by index. */
export interface LineIndex {
  /** Record `i` (the next index) is on `line` (undefined: an input without lines, a JSON document). */
  note(i: number, line: number | undefined): void;
  /** The line of record `i`, as noted. */
  lineOf(i: number): number | undefined;
  /** How many steps it keeps (one per change of the gap between index and line). */
  readonly steps: number;
}

export function createLineIndex(): LineIndex {
  // Steps: from record firsts[k] on, line = index + gaps[k] (undefined: no line).
  const firsts: number[] = [];
  const gaps: (number | undefined)[] = [];
  let noted = 0;
  return {
    note(i, line) {
      if (i !== noted) throw new Error(`line index: record ${i} noted after ${noted} records`);
      noted++;
      const gap = line === undefined ? undefined : line - i;
      if (firsts.length === 0 || gaps[gaps.length - 1] !== gap) {
        firsts.push(i);
        gaps.push(gap);
      }
    },
    get steps() {
      return firsts.length;
    },
    lineOf(i) {
      if (!(i >= 0 && i < noted)) return undefined;
      // The last step starting at or before i.
      let lo = 0;
      let hi = firsts.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (firsts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      const gap = gaps[lo];
      return gap === undefined ? undefined : i + gap;
    },
  };
}
