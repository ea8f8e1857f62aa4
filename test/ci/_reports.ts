import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);

export interface JUnitCase {
  name: string;
  status: 'PASS' | 'FAIL' | string;
  /** The `<failure message>`. */
  failure: string;
  /** The `<failure>` text. */
  stack_trace: string;
}
export interface JUnitResult {
  total: number;
  failed: number;
  passed: number;
  suites: { name: string; total: number; failed: number; cases: JUnitCase[] }[];
}

/** JUnit XML read back by an independent JUnit reader (test-results-parser), as a CI server reads it. */
export function readJUnit(xml: string): JUnitResult {
  const dir = mkdtempSync(join(tmpdir(), 'guifan-junit-'));
  try {
    const file = join(dir, 'report.xml');
    writeFileSync(file, xml);
    const { parse } = require('test-results-parser') as { parse(o: { type: string; files: string[] }): JUnitResult };
    return parse({ type: 'junit', files: [file] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let validator: ((log: unknown) => boolean) & { errors?: unknown } | undefined;
let ajv: Ajv | undefined;

/** Validates a SARIF log against the published SARIF 2.1.0 schema; returns the validator's errors as text ('' when valid). */
export function sarifErrors(log: unknown): string {
  if (!validator) {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    // The published schema is draft-04: ajv reads it once its draft-04 `id` is named `$id`.
    const { id, $schema: _drop, ...rest } = schema as { id: string; $schema: string };
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false, logger: false });
    validator = ajv.compile({ ...rest, $id: id });
  }
  return validator(log) ? '' : ajv!.errorsText(validator.errors as never) || 'invalid';
}
