import { describe, expect, it } from 'vitest';
import { complaintMetrics, countComplaints, PROPERTY_SERVICE_CENTRE } from '../../src/index';
// @ts-expect-error a plain ES module of the test suite (no types)
import { benchDigests } from './_benchAnswers.mjs';

// Issue 28: counting and metrics were rewritten (Map/Set, one plain object per statistical complaint, one function per
// rule) over a summary that merges. Their public answers on the benchmark's records (20,000 of them, and variants that
// reach quiet weeks, repeats, thread matters and clashing ids) must be exactly what the code before the rewrite gave:
// these SHA-256 digests of the JSON answers were taken with that code (main at 89eea9b, its build).
// The records carry no root cause, so CMP-07's change (issue 24) moves none of these answers.
const BEFORE: Record<string, string> = {
  'count records': '077d58cbb5b5195755c2876b5f7450d0f8ecc3518c3d1126489eb51ffd67188e',
  'count counts trust': '1e55e7b776ff4d3a797ada2c0aee38d1e9185b29908cb2b409cb72079efc2201',
  metrics: '99544af056ca4c24071b3b2b9a30e6cf1874186c8ed61c0cc46a6e6dc015ac3d',
  'metrics policy': '46a2341f67448dac6e83dd19e26ec746f48bb6fa27f7a5f08f78aaf257d0e5d3',
  'variant count records': 'a926faa4add6e58f94d4ca2ad0af3179be62610e6aa18e8486e818f80fce5e3d',
  'variant count counts': '98449309677c261ce65a3af74417e6525f6bbb8b2946bb900e307cb598244234',
  // These two differ from 89eea9b's only in the text of NOT_VERIFIED messages: the one value printer (issue 24) writes a
  // visit's instant as 2026-06-02T19:27:56.331Z where the old message quoted it as "2026-06-02T19:27:56.331Z" (checked by
  // comparing the JSON answers with the quotes removed: identical).
  'variant metrics': '433cd40f819f6e7b5ab3e51307c1c8a576e020fbd39dd1670b8940b1c02cdb54',
  'variant metrics half': '217c36338dd313c2682f7495c2c64e9b5a7a36904c0165afdad97a3afac0d28b',
};

describe('countComplaints and complaintMetrics give the answers of the code before the rewrite (issue 28)', () => {
  it('on the benchmark records and their variants, answer for answer', () => {
    expect(benchDigests({ countComplaints, complaintMetrics, PROPERTY_SERVICE_CENTRE })).toEqual(BEFORE);
  });
});
