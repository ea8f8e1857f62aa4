import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');

/** The official schemas (SARIF 2.1.0 from OASIS, the Jenkins xUnit JUnit XSD): beside the project, absent outside this workplace. */
export const SCHEMAS = join(root, '..', 'shared', 'ci-formats', 'schemas');
export const haveSchemas = existsSync(join(SCHEMAS, 'sarif-schema-2.1.0.json')) && existsSync(join(SCHEMAS, 'jenkins-xunit-junit-10.xsd'));
// Said out loud: without ../shared the checks against the official SARIF schema and JUnit XSD do not run.
if (!haveSchemas) console.warn(`[ci formats] ${SCHEMAS} is absent: SARIF and JUnit are NOT validated against the official schemas (those tests are skipped)`);

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
  errors: number;
  suites: { name: string; total: number; failed: number; errors: number; cases: JUnitCase[] }[];
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

type Validate = ((log: unknown) => boolean) & { errors?: unknown };
let validator: Validate | undefined;
let ajv: { errorsText(e: unknown): string } | undefined;

/**
 * Validates a SARIF log against the official SARIF 2.1.0 schema (OASIS, JSON
 * Schema draft-04) with ajv's draft-04 class and ajv-formats (`uri`,
 * `uri-reference`, `date-time` are checked); '' when valid. Needs ../shared
 * (callers skip without it).
 */
export function sarifErrors(log: unknown): string {
  if (!validator) {
    const Ajv04 = require('ajv-draft-04') as new (o: object) => { compile(s: unknown): Validate; errorsText(e: unknown): string };
    const addFormats = require('ajv-formats') as (a: unknown) => void;
    const a = new Ajv04({ allErrors: true, strict: false, logger: false });
    addFormats(a);
    validator = a.compile(JSON.parse(readFileSync(join(SCHEMAS, 'sarif-schema-2.1.0.json'), 'utf8')));
    ajv = a;
  }
  return validator(log) ? '' : ajv!.errorsText(validator.errors) || 'invalid';
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules?: Record<string, unknown>[] } };
    results?: Record<string, unknown>[];
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
    automationDetails?: { id?: string };
  }[];
}

/**
 * What GitHub code scanning requires beyond the schema (SARIF Multitool's
 * GitHub rules): every rule with short and full description and help text
 * (GH2012) and a helpUri; every result with message text, a location with a
 * relative, percent-encoded URI and a region with startLine (GH1001, GH1003,
 * GH1005), partialFingerprints (GH1015); driver.rules present (GH1018); and
 * runAutomationDetails.id (the category). Returns the problems found.
 */
export function githubSarifProblems(log: SarifLog): string[] {
  const out: string[] = [];
  for (const [k, run] of log.runs.entries()) {
    const rules = run.tool.driver.rules;
    if (!Array.isArray(rules)) out.push(`runs[${k}].tool.driver.rules missing`);
    for (const r of rules ?? []) {
      for (const p of ['shortDescription', 'fullDescription', 'help'] as const) if (!(r[p] as { text?: string } | undefined)?.text?.trim()) out.push(`rule ${String(r.id)}: ${p}.text missing`);
      if (typeof r.helpUri !== 'string' || !/^https:\/\//.test(r.helpUri)) out.push(`rule ${String(r.id)}: helpUri missing`);
      const full = (r.fullDescription as { text: string } | undefined)?.text ?? '';
      if (!/\p{Script=Han}/u.test(full) || !/[A-Za-z]{4}/.test(full)) out.push(`rule ${String(r.id)}: fullDescription not bilingual`);
    }
    if (!run.automationDetails?.id) out.push(`runs[${k}].automationDetails.id missing`);
    for (const [i, res] of (run.results ?? []).entries()) {
      const at = `result ${i} (${String(res.ruleId)})`;
      if (!(res.message as { text?: string } | undefined)?.text) out.push(`${at}: message.text missing`);
      const loc = (res.locations as { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[] | undefined)?.[0]?.physicalLocation;
      if (!loc?.artifactLocation?.uri) out.push(`${at}: artifactLocation.uri missing`);
      else if (!/^[A-Za-z0-9\-._~!$&'()*+,;=@/%]+$/.test(loc.artifactLocation.uri) || /%(?![0-9A-F]{2})/.test(loc.artifactLocation.uri)) out.push(`${at}: uri not a relative percent-encoded reference`);
      if (!(typeof loc?.region?.startLine === 'number' && loc.region.startLine >= 1)) out.push(`${at}: region.startLine missing`);
      if (!res.partialFingerprints || !Object.keys(res.partialFingerprints).length) out.push(`${at}: partialFingerprints missing`);
      if (typeof res.ruleId !== 'string' || !rules?.some((r) => r.id === res.ruleId)) out.push(`${at}: ruleId not a rule`);
      if (res.ruleId === 'FAILED') out.push(`${at}: ruleId FAILED`);
    }
  }
  return out;
}

/** Schema errors and GitHub problems of a SARIF text, as one list ('' entries never). */
export function sarifReport(text: string): string[] {
  const log = JSON.parse(text) as SarifLog;
  const schema = sarifErrors(log);
  return [...(schema ? [`schema: ${schema}`] : []), ...githubSarifProblems(log)];
}

/**
 * Validates JUnit XML against the Jenkins xUnit JUnit XSD with libxml2
 * (xmllint-wasm: libxml2 compiled to WebAssembly and shipped inside the npm
 * package, so the test needs no system tool and never downloads one). The
 * `file` and `line` attributes on `<testcase>`, which GitLab reads, are the
 * only schema errors accepted. Also: testcase names unique per classname in
 * each suite. Returns the problems ('' none).
 */
export async function junitProblems(xml: string): Promise<string[]> {
  const { validateXML } = require('xmllint-wasm') as { validateXML(o: object): Promise<{ valid: boolean; errors: { message: string }[] }> };
  const xsd = readFileSync(join(SCHEMAS, 'jenkins-xunit-junit-10.xsd'), 'utf8');
  const r = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: xsd }] });
  const errors = r.errors.map((e) => e.message).filter((m) => !/Element 'testcase', attribute '(file|line)': The attribute '(file|line)' is not allowed\./.test(m));
  const seen = new Set<string>();
  for (const suite of xml.split('<testsuite ').slice(1)) {
    seen.clear();
    for (const m of suite.matchAll(/<testcase name="([^"]*)" classname="([^"]*)"/g)) {
      const key = `${m[2]} ${m[1]}`;
      if (seen.has(key)) errors.push(`duplicate testcase ${key}`);
      seen.add(key);
    }
  }
  return errors;
}
