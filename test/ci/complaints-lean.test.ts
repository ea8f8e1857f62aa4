import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkComplaints } from '../../src/cli/commands/check-complaints';
import { PROPERTY_SERVICE_CENTRE } from '../../src/presets/propertyServiceCentre';
import { checkComplaints as before } from './_checkComplaintsBefore';

// check-complaints validates each record as it comes, streams its findings and counts it with a complaint summarizer
// (no record is kept); the reference is the command as it was (every whole record held, the library run on them). Same exit code and standard error; text output line for line (in another order: records' issues stream out
// before the totals); json value for value; the SARIF log carries exactly the reference's findings.
const require = createRequire(import.meta.url);
const { line } = require('./_complaintLines.cjs') as { line: (n: number) => (k: number) => string };
const root = join(__dirname, '..', '..');

type Format = 'text' | 'json' | 'junit' | 'github' | 'sarif';

function run(impl: 'before' | 'now' | 'spill', file: string, text: string, format: Format, lang: 'zh-CN' | 'en', extra: { policy?: string; at?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const args = { file, at: extra.at ?? '2026-05-01T12:00+08:00', policy: extra.policy };
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), readFile: () => text, readLines: () => text.split('\n'), now: () => new Date('2026-05-01T04:00:00Z'), version: '0.0.0-test', ...(impl === 'spill' ? { tempFile: memoryFile } : {}) };
  let code: number | string;
  try {
    code =
      impl === 'before'
        ? before(args, { lang, format, out: io.stdout, err: io.stderr, readFile: io.readFile, readLines: io.readLines, now: io.now, presets: { 'property-service-centre': PROPERTY_SERVICE_CENTRE as never }, version: io.version, usage: (m) => new Error(m) })
        : checkComplaints(args, { io, lang, format, failOn: undefined, baselineFile: undefined });
  } catch (e) {
    code = `throws ${(e as Error).message}`;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A temporary file in memory (the host's gives the same bytes back): what the command keeps out of its heap goes there. */
function memoryFile() {
  const parts: Uint8Array[] = [];
  return { write: (x: string | Uint8Array) => void parts.push(typeof x === 'string' ? new TextEncoder().encode(x) : x.slice()), chunks: () => parts, remove: () => void (parts.length = 0) };
}

/** The findings of a SARIF log, canonical as the reference writes them. */
function sarifFindings(text: string): string[] {
  const log = JSON.parse(text) as { runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[]; properties: { code: string; rule?: string; messages: { en: string } } }[]; invocations: { toolExecutionNotifications: { locations: { physicalLocation: { region: { startLine: number } } }[]; properties: { code: string; messages: { en: string } } }[] }[] }[] };
  const run0 = log.runs[0]!;
  return [
    ...run0.results.map((r) => `${r.properties.code}|${r.properties.rule ?? ''}|${r.level}|${r.locations[0]!.physicalLocation.region.startLine}|${r.properties.messages.en}`),
    ...run0.invocations[0]!.toolExecutionNotifications.map((n) => `${n.properties.code}||error|${n.locations[0]!.physicalLocation.region.startLine}|${n.properties.messages.en}`),
  ].sort();
}

// Odd records: duplicates (identical and differing only in free text), no id, not objects, bad instants, events that are
// not objects, a visit without outcome, a repeat within the quiet week, customers known only by name + unit, arrays.
const base = JSON.parse(line(40)(0)) as Record<string, unknown>;
const odd = [
  { ...base, id: 'D1' },
  { ...base, id: 'D1' },
  { ...base, id: 'D2' },
  { ...base, id: 'D2', content: '另一段内容' },
  { ...base, id: 'D2', content: '第三段' },
  { ...base, id: 'D3', content: 'x' },
  { content: 'x', demand: 'y', kind: 'complaint' },
  { ...base, id: '' },
  42,
  null,
  ['x'],
  { ...base, id: 'B1', receivedAt: '2026-03-02T09:00' },
  { ...base, id: 'B2', receivedAt: 'soon' },
  { ...base, id: 'E1', events: [7, null, { type: 'resolved', at: 'later' }, { type: 'visited', at: '2026-03-09T10:00+08:00' }, { type: 'resolved', at: '2026-03-03T10:00+08:00' }] },
  { ...base, id: 'Q1', matter: 'quiet', needsReturnVisit: false, receivedAt: '2026-03-02T09:00+08:00', events: [{ type: 'resolved', at: '2026-03-02T16:00+08:00' }], verification: { counted: true, by: 'w' } },
  { ...base, id: 'Q2', matter: 'quiet', receivedAt: '2026-03-05T09:00+08:00', verification: { counted: true, by: 'w' } },
  { ...base, id: 'N1', customer: { name: '王女士' }, unit: '1-1-101', matter: 'n' },
  { ...base, id: 'N2', customer: { name: '王女士' }, unit: '1-1-102', matter: 'n', people: 3 },
  { ...base, id: 'V1', verification: 'yes' },
  { ...base, id: 'V2', verification: [], rootCause: { category: 'security' }, symptom: 7, online: 'no', badReview: { verifiedAt: '2026-03-03T10:00+08:00' } },
  { ...base, id: 'S1', complexity: 'complex', urgency: 'urgent', events: [{ type: 'replied', at: '2026-03-02T10:00+08:00' }, { type: 'paused', at: '2026-03-02T11:00+08:00', reason: 'x' }, { type: 'resumed', at: '2026-03-03T11:00+08:00' }] },
];

const inputs: [string, string][] = [
  ['generated.ndjson', Array.from({ length: 3000 }, (_, k) => line(3000)(k)).join('\n')],
  ['odd.ndjson', [...odd.map((x) => JSON.stringify(x)), '{"id":', '', ...Array.from({ length: 200 }, (_, k) => line(200)(k))].join('\n')],
  ['odd.json', JSON.stringify(odd, null, 2)],
  ['examples/data/complaints-sample.json', readFileSync(join(root, 'examples/data/complaints-sample.json'), 'utf8')],
  ['examples/data/complaints-2026-national-day.json', readFileSync(join(root, 'examples/data/complaints-2026-national-day.json'), 'utf8')],
  ['examples/data/complaints-with-errors.ndjson', readFileSync(join(root, 'examples/data/complaints-with-errors.ndjson'), 'utf8')],
  ['one.ndjson', JSON.stringify({ records: odd.slice(0, 6) })],
];

const normalize = (json: string): unknown => {
  const v = JSON.parse(json) as { unreadable?: { line?: number | undefined; message: unknown }[] };
  if (v.unreadable) v.unreadable = v.unreadable.map((u) => ({ line: u.line, message: u.message }));
  return v;
};

describe('check-complaints lean = check-complaints on whole records (CMP-03…07, CMP-14, CMP-15, CMP-19, CMP-20)', () => {
  for (const [file, text] of inputs) {
    it(`${file}: the same counts, statuses, metrics, findings and exit code in every format`, () => {
      for (const [lang, extra] of [['zh-CN', {}], ['en', { policy: 'property-service-centre', at: '2026-07-01T00:00+08:00' }]] as const) {
        const ref = { text: run('before', file, text, 'text', lang, extra), json: run('before', file, text, 'json', lang, extra), ci: run('before', file, text, 'sarif', lang, extra) };
        const now = { text: run('now', file, text, 'text', lang, extra), json: run('now', file, text, 'json', lang, extra), sarif: run('now', file, text, 'sarif', lang, extra) };
        expect(now.text.code).toBe(ref.text.code);
        expect(now.text.err).toBe(ref.text.err);
        expect(now.text.out.split('\n').sort()).toEqual(ref.text.out.split('\n').sort());
        expect(now.json.code).toBe(ref.json.code);
        expect(normalize(now.json.out)).toEqual(normalize(ref.json.out));
        expect(now.sarif.code).toBe(ref.ci.code);
        expect(sarifFindings(now.sarif.out)).toEqual(JSON.parse(ref.ci.out));
        for (const format of ['junit', 'github'] as const) expect(run('now', file, text, format, lang, extra).code, format).toBe(ref.ci.code);
      }
    });
  }
  // CMP-14: with a temporary file the repeat log (and the statuses printed at the end) are kept there, not in memory.
  it.each(inputs.map(([file]) => file))('CMP-14 %s: kept in a temporary file, the very same report', (file) => {
    const text = inputs.find(([f]) => f === file)![1];
    for (const format of ['text', 'json', 'junit'] as const) {
      const inMemory = run('now', file, text, format, 'zh-CN');
      const spilled = run('spill', file, text, format, 'zh-CN');
      expect(spilled, format).toEqual(inMemory);
    }
  });
});

describe('temporary files on a run that stops early (CMP-14)', () => {
  it('CMP-14 a file that cannot be read: every temporary file is removed', () => {
    let made = 0;
    let removed = 0;
    const tempFile = () => {
      made++;
      const f = memoryFile();
      return { ...f, remove: () => void (removed++, f.remove()) };
    };
    const fail = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const io = { stdout: () => {}, stderr: () => {}, readFile: fail, readLines: fail, now: () => new Date('2026-05-01T04:00:00Z'), version: '0.0.0-test', tempFile };
    const code = checkComplaints({ file: 'locked.ndjson', at: '2026-05-01T12:00+08:00', policy: undefined }, { io, lang: 'en', format: 'junit', failOn: undefined, baselineFile: undefined });
    expect(code).toBe(2);
    expect(made).toBeGreaterThan(0);
    expect(removed).toBe(made);
  });
});
