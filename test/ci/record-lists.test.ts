// check-complaints lists each complaint's records in a temporary file and sorts them at the end (recordLists.ts):
// whatever the run size and the order the records came in, each complaint gets exactly its records in received order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JoinedRecord } from '../../src/complaint/_lib/complaintTally';
import { createRecordListFile, sortRecordLists } from '../../src/cli/commands/complaints/recordLists';

/** A temporary file in memory, read back in chunks of `size` bytes (lines cut anywhere). */
function memoryFile(files: Set<unknown>, size = 7) {
  const bytes: number[] = [];
  const file = {
    write: (x: string | Uint8Array) => void bytes.push(...(typeof x === 'string' ? new TextEncoder().encode(x) : x)),
    *chunks() {
      for (let k = 0; k < bytes.length; k += size) yield Uint8Array.from(bytes.slice(k, k + size));
    },
    remove: () => void files.delete(file),
  };
  files.add(file);
  return file;
}

const reasons = ['same-matter', 'follow-up', 'new-content'] as const;
const record = fc.record({
  kind: fc.constantFrom('matter' as const, 'thread' as const, 'record' as const),
  key: fc.constantFrom('a', 'b', '事项', 'c"d'),
  at: fc.integer({ min: 0, max: 5 }),
  id: fc.string({ maxLength: 3 }),
  reason: fc.constantFrom(...reasons),
});

describe('CMP-05 record lists of check-complaints (temporary file, sorted in runs)', () => {
  it('CMP-05 each complaint gets its records in received order, then id, for any run size; the runs are removed', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (records, runSize) => {
        const files = new Set<unknown>();
        const list = createRecordListFile(() => memoryFile(files));
        for (const r of records) list.join(r.kind, r.key, { id: r.id, at: r.at, reason: r.reason });
        // Threads 'a' and 'b' joined matter 'a' (CMP-06); the complaints are ranked by key.
        const finalKey = (kind: string, key: string): string => (kind === 'thread' && (key === 'a' || key === 'b') ? 'matter:a' : `${kind}:${key}`);
        const keys = [...new Set(records.map((r) => finalKey(r.kind, r.key)))].sort();
        const rank = new Map(keys.map((k, i) => [k, i]));
        const lists = sortRecordLists([list.chunks()], (kind, key) => rank.get(finalKey(kind, key)), () => memoryFile(files), runSize);
        const expected = keys.map((k) =>
          records
            .filter((r) => finalKey(r.kind, r.key) === k)
            .map((r): JoinedRecord => ({ id: r.id, at: r.at, reason: r.reason }))
            .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        );
        for (let pass = 0; pass < 2; pass++) {
          const take = lists.reader();
          expect(keys.map((_, k) => take(k))).toEqual(expected);
        }
        expect(files.size).toBe(1 + Math.floor(records.length / runSize)); // the list, and each full run
        lists.dispose();
        list.dispose();
        expect(files.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('CMP-05 a record whose complaint is not in the count is an error, not a silent wrong list', () => {
    const files = new Set<unknown>();
    const list = createRecordListFile(() => memoryFile(files));
    list.join('matter', 'lost', { id: 'R1', at: 0, reason: 'same-matter' });
    expect(() => sortRecordLists([list.chunks()], () => undefined, () => memoryFile(files))).toThrow(/R1 belongs to no complaint \(matter:lost\)/);
    // The runs already written are removed (here: a run of one, then the record that belongs nowhere).
    list.join('matter', 'lost', { id: 'R2', at: 1, reason: 'same-matter' });
    expect(() => sortRecordLists([list.chunks()], (_, key) => (key === 'lost' ? undefined : 0), () => memoryFile(files), 1)).toThrow(/belongs to no complaint/);
    const first = createRecordListFile(() => memoryFile(files));
    first.join('matter', 'ok', { id: 'R0', at: 0, reason: 'same-matter' });
    first.join('matter', 'lost', { id: 'R3', at: 0, reason: 'same-matter' });
    const before = files.size;
    expect(() => sortRecordLists([first.chunks()], (_, key) => (key === 'ok' ? 0 : undefined), () => memoryFile(files), 1)).toThrow(/R3 belongs to no complaint/);
    expect(files.size).toBe(before);
  });
});
