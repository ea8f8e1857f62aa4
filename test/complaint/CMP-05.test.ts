import { describe, expect, it } from 'vitest';
import { countComplaints } from '../../src/index';
import { at, rec } from './_stats';

// Seed 002: 对于同个投诉多次多人提出,按一件投诉统计,但应在投诉内容中具体说明投诉人数、次数及影响程度.
describe('CMP-05 the same complaint raised several times or by several people = one', () => {
  const calls = Array.from({ length: 40 }, (_, i) =>
    rec({ id: `L${String(i).padStart(2, '0')}`, receivedAt: at(i), customer: { id: `owner-${i}` }, matter: 'lift-3-outage', category: 'equipment', impact: '3号楼电梯停运' }),
  );
  it('forty owners calling about the same lift outage = 1 complaint with 40 people', () => {
    const r = countComplaints(calls);
    expect(r.total).toBe(1);
    const c = r.complaints[0]!;
    expect(c).toMatchObject({ key: 'matter:lift-3-outage', people: 40, times: 40, category: 'equipment', firstRecord: 'L00', impact: ['3号楼电梯停运'] });
    expect(c.records!.map((m) => m.reason)).toEqual(['first', ...Array(39).fill('same-matter')]);
    expect(c.rules).toContain('CMP-05');
    expect(c.explanation['zh-CN']).toContain('共 40 次、40 人提出');
  });
  it('one owner calling five times counts 5 times but 1 person', () => {
    const r = countComplaints(Array.from({ length: 5 }, (_, i) => rec({ id: `S${i}`, receivedAt: at(i), customer: { id: 'owner-1' }, matter: 'water' })));
    expect(r.complaints[0]).toMatchObject({ times: 5, people: 1 });
  });
  it('a record speaking for several people (people: 12) adds them; unidentified callers count one each', () => {
    const r = countComplaints([
      rec({ id: 'A', matter: 'm', customer: { name: '业主代表', contact: '139…' }, people: 12 }),
      rec({ id: 'B', matter: 'm', customer: {} }),
      rec({ id: 'C', matter: 'm', customer: {} }),
    ]);
    expect(r.complaints[0]!.people).toBe(14);
  });
  it('records of one matter with different categories: counted once, with a CATEGORY_CONFLICT warning (CMP-07)', () => {
    const r = countComplaints([rec({ id: 'A', matter: 'm', category: 'noise' }), rec({ id: 'B', matter: 'm', category: 'equipment' }), rec({ id: 'C', matter: 'm', category: 'equipment' })]);
    expect(r.total).toBe(1);
    expect(r.complaints[0]!.category).toBe('equipment');
    expect(r.issues[0]).toMatchObject({ code: 'CATEGORY_CONFLICT', rule: 'CMP-07', severity: 'warning' });
  });
  it('regression (found by the permutation property): noise, lift, noise in one matter → noise whatever the order', () => {
    const a = rec({ id: 'A', matter: 'm', category: 'noise' });
    const b = rec({ id: 'B', matter: 'm', category: 'lift' });
    const c = rec({ id: 'C', matter: 'm', category: 'noise' });
    for (const order of [[a, b, c], [b, a, c], [c, b, a]]) expect(countComplaints(order).complaints[0]!.category).toBe('noise');
  });
});
