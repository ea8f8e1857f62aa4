// check-complaints keeps each record's line as steps where the gap between index and line changes (lineIndex.ts), not
// one number per record: whatever the lines look like, every record's line reads back as noted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../src/cli/commands/complaints/lineIndex';

describe('CMP-20 record lines of check-complaints (kept as steps)', () => {
  it('CMP-20 every record reads back the line it was noted on (blank lines, bad lines, no lines at all)', () => {
    // Per record: the lines skipped before it (blank or unreadable), or null for an input without lines.
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.constant(null)), { maxLength: 80 }), (skips) => {
        const index = createLineIndex();
        const expected: (number | undefined)[] = [];
        let line = 0;
        skips.forEach((skip, i) => {
          line += 1 + (skip ?? 0);
          expected.push(skip === null ? undefined : line);
          index.note(i, expected[i]);
        });
        expect(skips.map((_, i) => index.lineOf(i))).toEqual(expected);
        expect(index.lineOf(skips.length)).toBeUndefined();
        expect(index.lineOf(-1)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('CMP-20 a million records on consecutive lines keep one step', () => {
    const index = createLineIndex();
    for (let i = 0; i < 1_000_000; i++) index.note(i, i + 3);
    expect([index.lineOf(0), index.lineOf(999_999), index.steps]).toEqual([3, 1_000_002, 1]);
  });

  it('CMP-20 records must be noted in order (a record out of order is a programming error, not a wrong line)', () => {
    const index = createLineIndex();
    index.note(0, 1);
    expect(() => index.note(2, 3)).toThrow(/record 2 noted after 1/);
  });
});
