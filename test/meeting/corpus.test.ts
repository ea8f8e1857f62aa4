import { describe, expect, it } from 'vitest';
import { accuracy, CORPUS } from './corpus/accuracy';

// Run alone to see the table: npx vitest run --config test/vitest.config.ts test/meeting/corpus.test.ts
describe('MTG-01 chat-notice corpus: field-level accuracy of parseMeetingNotice', () => {
  it('has at least 150 notices in varied styles, each with its expected draft, unread text and absent items', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
    expect(new Set(CORPUS.map((e) => e.style)).size).toBeGreaterThanOrEqual(10);
  });
  it('reads every field of every notice right (100 %), and reports every unread piece and absent item', () => {
    const { rows, failures } = accuracy();
    console.log(`parseMeetingNotice on ${CORPUS.length} chat notices\n${['field'.padEnd(14) + 'correct/total'.padStart(14) + '%'.padStart(9), ...rows.map((r) => r.field.padEnd(14) + `${r.correct}/${r.total}`.padStart(14) + r.percent.padStart(9))].join('\n')}`);
    expect(failures).toEqual([]);
    for (const r of rows) expect(r.correct).toBe(r.total);
  });
});
