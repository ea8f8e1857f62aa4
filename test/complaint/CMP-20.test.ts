import { describe, expect, it } from 'vitest';
import { formatArchiveNumber, nextArchiveNumber, parseArchiveNumber } from '../../src/index';
import { thrown } from '../_helpers/errors';

// Seed 000_f2b4871b7e896d5d.txt 客户服务中心工作职责 1: 以入住当日日期加序列号为档案编号(如2004年2月14日入住的第一位客人,档案编号为040214001).
describe('CMP-20 archive numbers: date + sequence', () => {
  it("the seed's example: the first record of 2004-02-14 is 040214001", () => {
    expect(formatArchiveNumber('2004-02-14', 1)).toBe('040214001');
    expect(parseArchiveNumber('040214001', { baseYear: 2000 })).toEqual({ number: '040214001', date: '2004-02-14', year: 2004, sequence: 1, rule: 'CMP-20' });
  });
  it('an instant is dated in the calendar zone, not the host zone', () => {
    expect(formatArchiveNumber('2026-09-30T16:30:00Z', 3)).toBe('261001003');
    expect(formatArchiveNumber(new Date('2026-09-30T15:59:59Z'), 3)).toBe('260930003');
  });
  it('sequence 0, 1000, 1.5 → ARCHIVE_SEQUENCE_OUT_OF_RANGE; a wider sequence is configurable', () => {
    for (const n of [0, 1000, 1.5, -1, Number.NaN]) expect(thrown(() => formatArchiveNumber('2004-02-14', n))).toMatchObject({ code: 'ARCHIVE_SEQUENCE_OUT_OF_RANGE', rule: 'CMP-20' });
    expect(formatArchiveNumber('2004-02-14', 1000, { width: 4 })).toBe('0402141000');
  });
  it("'040230001' (30 February) and 29 February of a common year are invalid", () => {
    expect(thrown(() => parseArchiveNumber('040230001', { baseYear: 2000 }))).toMatchObject({ code: 'INVALID_ARCHIVE_NUMBER', rule: 'CMP-20' });
    expect(thrown(() => parseArchiveNumber('040230001'))).toMatchObject({ code: 'INVALID_ARCHIVE_NUMBER' });
    expect(thrown(() => parseArchiveNumber('050229001', { baseYear: 2000 }))).toMatchObject({ code: 'INVALID_ARCHIVE_NUMBER' });
    expect(parseArchiveNumber('040229001', { baseYear: 2000 }).date).toBe('2004-02-29');
    expect(thrown(() => formatArchiveNumber('2004-02-30', 1))).toMatchObject({ code: 'INVALID_DATE', rule: 'CMP-20' });
  });
  it('a two-digit year without baseYear is AMBIGUOUS_ARCHIVE_YEAR; baseYear sets the 100-year window', () => {
    const e = thrown(() => parseArchiveNumber('040214001'));
    expect(e).toMatchObject({ code: 'AMBIGUOUS_ARCHIVE_YEAR', rule: 'CMP-20' });
    expect(e.details.candidates).toEqual([1904, 2004, 2104]);
    expect(parseArchiveNumber('950101001', { baseYear: 1990 }).year).toBe(1995);
    expect(parseArchiveNumber('050101001', { baseYear: 1990 }).year).toBe(2005);
  });
  it('malformed numbers: wrong length, letters, sequence 000', () => {
    for (const t of ['04021400', '0402140011', '04021400a', '040214000', '041314001']) expect(thrown(() => parseArchiveNumber(t, { baseYear: 2000 })).code).toBe('INVALID_ARCHIVE_NUMBER');
  });
  it('nextArchiveNumber: one past the highest of the day, gaps not reused; the 1000th of a day is an error', () => {
    expect(nextArchiveNumber(['040214001', '040214005', '040213009'], '2004-02-14')).toBe('040214006');
    expect(nextArchiveNumber([], '2004-02-14')).toBe('040214001');
    expect(thrown(() => nextArchiveNumber(['040214999'], '2004-02-14'))).toMatchObject({ code: 'ARCHIVE_SEQUENCE_OUT_OF_RANGE', rule: 'CMP-20' });
    expect(thrown(() => nextArchiveNumber(['040214001', 'x'], '2004-02-14'))).toMatchObject({ code: 'INVALID_ARCHIVE_NUMBER', details: { index: 1 } });
  });
  it('format and parse round-trip', () => {
    for (const [d, n] of [['2026-12-31', 999], ['2000-02-29', 1], ['2099-01-01', 42]] as const) {
      expect(parseArchiveNumber(formatArchiveNumber(d, n), { baseYear: 2000 })).toMatchObject({ date: d, sequence: n });
    }
  });
});
