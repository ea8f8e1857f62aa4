/**
 * How many records give each value (a category, CMP-07). The records of one
 * complaint nearly always agree, so the first value is counted in place and a
 * Map is made only when a second value comes: a complaint touches one object
 * per record, not a Map per record.
 */
export class Votes {
  private first: string | undefined = undefined;
  private firstCount = 0;
  private others: Map<string, number> | undefined = undefined;

  /** Counts `n` more records giving `value`. */
  add(value: string, n = 1): void {
    if (this.first === undefined) this.first = value;
    if (value === this.first) this.firstCount += n;
    else {
      this.others ??= new Map();
      this.others.set(value, (this.others.get(value) ?? 0) + n);
    }
  }

  /** Adds another tally's votes. */
  addAll(other: Votes): void {
    for (const [value, n] of other.entries()) this.add(value, n);
  }

  /** Each value given, and by how many records. */
  entries(): [string, number][] {
    if (this.first === undefined) return [];
    return [[this.first, this.firstCount], ...(this.others ?? [])];
  }
}
