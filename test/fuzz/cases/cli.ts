import fc from 'fast-check';
import { PROPERTY_SERVICE_CENTRE } from '../../../src/index';
import { oddDateText, oddString } from '../gen';
import type { FuzzCases } from '../types';

/** Files the fake file system holds: valid, broken and odd JSON, a notice text. */
const FILES: Record<string, string> = {
  'cases.json': JSON.stringify([{ id: 'c1', attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-11-16T10:00+08:00' }] }]),
  'wrapped.json': JSON.stringify({ cases: [{ attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: 'yesterday' }] }] }),
  'bad.json': '{"cases": [',
  'null.json': 'null',
  'number.json': '42',
  'policy.json': JSON.stringify(PROPERTY_SERVICE_CENTRE),
  'notice.json': JSON.stringify({ title: '安全例会', date: '2026-10-08', weekday: '星期三', start: '14:30', end: '16:00', venue: '三楼' }),
  'notice.txt': '10月8日 周四 下午2:30-4:00在三楼会议室召开安全例会',
  'odd-notice.json': '[1, 2, 3]',
  // NDJSON batches (issue 15): good, malformed and odd lines.
  'notices.ndjson': `${JSON.stringify({ title: '安全例会', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '三楼' })}\n{"id":\n[1]\n{"text":"明天下午三点在303开会"}\n{"text":5}`,
  'records.ndjson': `${JSON.stringify({ id: 'TS-1', kind: 'complaint', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone' })}\n{oops\nnull\n42`,
  'records.json': '[{"id": "TS-1", "kind": "complaint"}, 7, null]',
};

/** A CliIo over FILES that records output; readFile throws ENOENT like Node for a missing file. */
const io = () => ({
  stdout: () => {},
  stderr: () => {},
  readFile: (path: string) => {
    const text = Object.prototype.hasOwnProperty.call(FILES, path) ? FILES[path] : undefined;
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
    return text;
  },
  now: () => new Date('2026-11-16T02:30:00Z'),
  version: '0.0.0-fuzz',
});

const word = fc.oneof(
  fc.constantFrom('check-complaints', '--format', 'junit', 'github', 'sarif', 'text', '-'),
  fc.constantFrom('due', 'workday', 'check-sla', 'check-meeting', 'nope', '--json', '--lang', 'en', 'fr', '--help', '--version', '--policy', 'policy.json', 'hospital', '--at', '--fail-on', 'over-max', 'sometimes', '--year', '2026', 'NaN', '--now', '-x', '--'),
  fc.constantFrom(...Object.keys(FILES), 'missing.json'),
  fc.constantFrom('3个工作日内', '1000000000000小时', '999999999999999999999个工作日', '2026-10-10', '2026-09-30T16:00+08:00', '1e21', '-5', '0.5'),
  oddDateText,
  oddString,
);

export const cases: FuzzCases = {
  runCli: {
    kind: 'function',
    near: [
      fc.tuple(fc.array(word, { maxLength: 6 }), fc.constant(null).map(io)),
      fc.tuple(fc.tuple(fc.constantFrom('due', 'workday', 'check-sla', 'check-meeting'), word, word), fc.constant(null).map(io)),
      fc.tuple(fc.tuple(fc.constantFrom('check-meeting', 'check-complaints'), fc.constantFrom('notices.ndjson', 'records.ndjson', 'records.json', 'notice.txt'), fc.constantFrom('--format', '--json', '--lang'), fc.constantFrom('junit', 'github', 'sarif', 'json', 'text', 'en')), fc.constant(null).map(io)),
      fc.tuple(fc.constantFrom(['workday', '2026-10-10'], ['due', '2026-09-30T16:00+08:00', '1个工作日内']), fc.constantFrom<unknown>(null, {}, { ...io(), version: 1 }, { ...io(), stdout: 'x' })),
    ],
  },
  // The same runs through the asynchronous entry (`--jobs` needs the built package: not fuzzed here).
  runCliAsync: {
    kind: 'function',
    near: [
      fc.tuple(fc.array(word, { maxLength: 6 }), fc.constant(null).map(io)),
      fc.tuple(fc.tuple(fc.constantFrom('check-meeting', 'check-complaints'), fc.constantFrom('notices.ndjson', 'records.ndjson', 'records.json'), fc.constantFrom('--format', '--json'), fc.constantFrom('junit', 'sarif', 'json')), fc.constant(null).map(io)),
      fc.tuple(fc.constantFrom(['workday', '2026-10-10']), fc.constantFrom<unknown>(null, {}, { ...io(), version: 1 })),
    ],
  },
};
