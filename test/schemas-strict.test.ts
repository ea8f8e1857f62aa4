// Issue 26 item 8: the published JSON Schemas reject what guifan rejects for a shape reason. Every record below is
// a valid one with one value replaced; when the library refuses it for its shape (its schema, an instant it cannot
// read, a day that does not exist), the JSON Schema must refuse it too, read by an independent validator.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import type Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, PUBLIC_SCHEMAS } from '../src/cli/_lib/schemas';
import { isGuifanError } from '../src/errors/isGuifanError';
import { evaluateCase, PROPERTY_SERVICE_CENTRE, validateComplaintRecord, validateMeetingNotice } from '../src/index';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..');

const compiled = new Map<string, ReturnType<Ajv['compile']>>();
const compile = (name: string) => compiled.get(name) ?? compiled.set(name, ajv.compile(jsonSchemaOf(name)!)).get(name)!;
const ajv = (() => {
  const Ajv2020 = require('ajv/dist/2020').default as typeof Ajv;
  const a = new Ajv2020({ strict: false, allErrors: true });
  (require('ajv-formats') as (x: Ajv) => void)(a);
  return a;
})();

// A shape reason: the model's own schema refuses the record, or the library cannot read one of its instants or days
// (codes below) — as opposed to a rule the record breaks (a weekday that does not match its date, a late visit).
const SHAPE = new Set(['VALIDATION_FAILED', 'INVALID_DATE', 'AMBIGUOUS_INSTANT', 'MISSING_OFFSET', 'INVALID_EVENT_TIME', 'INVALID_INSTANT', 'INVALID_RECORD_TIME', 'INSTANT_OUT_OF_RANGE']);
const zodRefuses = (name: string, x: unknown): boolean => !(PUBLIC_SCHEMAS[name]!.schema as { safeParse(v: unknown): { success: boolean } }).safeParse(x).success;

const sample = JSON.parse(readFileSync(join(root, 'examples/data/complaints-sample.json'), 'utf8'))[0] as Record<string, unknown>;
const kase = (JSON.parse(readFileSync(join(root, 'examples/data/sla-cases-2026-national-day.json'), 'utf8')) as { cases?: unknown[] } | unknown[]);
const slaCase = (Array.isArray(kase) ? kase : kase.cases!)[0] as Record<string, unknown>;
const notice = { id: 'mtg-1', title: '四季度安全工作会议', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '三楼', attendees: ['王五'], agenda: ['安全检查'], issuedAt: '2026-10-01T09:00+08:00' };

/** What the library says of a record: refused for its shape, or not. */
type Judge = (x: unknown) => boolean;
const codesRefuse = (codes: readonly string[]): boolean => codes.some((c) => SHAPE.has(c));
const throwsShape = (f: () => unknown): boolean => {
  try {
    f();
    return false;
  } catch (e) {
    if (isGuifanError(e)) return SHAPE.has(e.code);
    throw e;
  }
};
const MODELS: [string, Record<string, unknown>, Judge][] = [
  ['complaint-record', sample, (x) => codesRefuse(safeCodes(() => validateComplaintRecord(x as never).issues))],
  ['meeting-notice', notice, (x) => codesRefuse(safeCodes(() => validateMeetingNotice(x as never).issues))],
  ['sla-case', slaCase, (x) => throwsShape(() => evaluateCase(PROPERTY_SERVICE_CENTRE, x as never, '2026-10-09T12:00+08:00')) || codesRefuse(safeCodes(() => evaluateCase(PROPERTY_SERVICE_CENTRE, x as never, '2026-10-09T12:00+08:00').issues))],
];
function safeCodes(f: () => readonly { code: string }[]): string[] {
  try {
    return f().map((i) => i.code);
  } catch (e) {
    if (isGuifanError(e)) return [e.code];
    throw e;
  }
}

/** The paths of a value's leaves and objects. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const kids = Array.isArray(v) ? v.map((x, i) => paths(x, [...at, i])) : Object.entries(v).map(([k, x]) => paths(x, [...at, k]));
  return [at, ...kids.flat()];
}
function replace(v: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replace(copy[path[0]!], path.slice(1), value);
  return copy;
}

// The values the issue named (an object, words, a boolean where an instant goes) and their relatives.
const HOSTILE: unknown[] = [{ year: 2026 }, 'yesterday', true, false, null, [], '', 42.5, -1, '2026-10-09T12:00', '2026-10-09 12:00', '2026-02-30T10:00+08:00', '2026-13-01T10:00+08:00', '2026-10-09T25:00+08:00', '2026-10-09T24:30+08:00', '2026-02-30', '2026-1-5', '10月8日', { $date: '2026-10-09' }];

describe('issue 26 item 8: published JSON Schemas as strict as the library', () => {
  it('instants are strings with the ISO 8601 pattern (an offset required), civil dates carry format: date', () => {
    const record = jsonSchemaOf('complaint-record') as { properties: Record<string, Record<string, unknown>> };
    expect(record.properties.receivedAt).toMatchObject({ type: 'string', pattern: expect.stringContaining('Z|z|[+-]') });
    const meeting = jsonSchemaOf('meeting-notice') as { properties: Record<string, Record<string, unknown>> };
    expect(meeting.properties.date).toMatchObject({ type: 'string', format: 'date' });
    // No `{}` (anything goes) anywhere, except where the library itself keeps any value: the quoted input of an issue
    // (`value`, `details`) and a complaint summary's kept record, which hold what the user wrote, whatever it was.
    const anything = (node: unknown, path: string, out: string[]): string[] => {
      if (node !== null && typeof node === 'object') {
        if (!Array.isArray(node) && Object.keys(node).length === 0) out.push(path);
        for (const [k, v] of Object.entries(node)) if (k !== 'default') anything(v, `${path}/${k}`, out);
      }
      return out;
    };
    const quoted = /\/(properties\/value|details\/additionalProperties|record\/additionalProperties)$/;
    for (const name of Object.keys(PUBLIC_SCHEMAS)) expect(anything(jsonSchemaOf(name), '', []).filter((p) => !quoted.test(p)), name).toEqual([]);
  });

  it('the records the issue named are refused: receivedAt { year: 2026 }, "yesterday"; a meeting issuedAt true', () => {
    const v = compile('complaint-record');
    expect(v(sample)).toBe(true);
    expect(v({ ...sample, receivedAt: { year: 2026 } })).toBe(false);
    expect(v({ ...sample, receivedAt: 'yesterday' })).toBe(false);
    expect(compile('meeting-notice')({ ...notice, issuedAt: true })).toBe(false);
  });

  for (const [name, valid, refuses] of MODELS) {
    it(`${name}: every record the library refuses for its shape, the schema refuses (one value replaced, ${HOSTILE.length} hostile values × every path)`, () => {
      const validate = compile(name);
      expect(validate(valid), ajv.errorsText(validate.errors)).toBe(true);
      expect(refuses(valid)).toBe(false);
      const all = paths(valid).filter((p) => p.length);
      let refused = 0;
      fc.assert(
        fc.property(fc.constantFrom(...all), fc.constantFrom(...HOSTILE), (path, value) => {
          const mutant = replace(valid, path, value);
          if (!zodRefuses(name, mutant) && !refuses(mutant)) return;
          refused++;
          expect(validate(mutant), `${path.join('.')} = ${JSON.stringify(value)}`).toBe(false);
        }),
        { numRuns: 400, seed: 26 },
      );
      expect(refused).toBeGreaterThan(20);
    });
  }
});
