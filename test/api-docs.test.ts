// API reference (issue 15 item 5): `npm run docs` builds docs/api/ with
// TypeDoc from the TSDoc (typedoc.json). This test converts the same entry
// points (and renders the HTML into a temporary folder, ≈ 20 s in all) and asserts
//   1. TypeDoc reports no warning and no error (undocumented export, broken
//      {@link}, a type that is referenced but not exported, an @param naming
//      no parameter, …): `npm run docs` treats warnings as errors too;
//   2. every export of every public entry (the root `guifan`, each subpath
//      `guifan/<module>`, and `guifan/cli`) has a summary and an `@example`:
//      functions, classes, constants and schemas, and also types and
//      interfaces (their example shows a value of the type); a function also
//      documents each parameter and its result (`@param`, `@returns`). The
//      examples themselves are executed by test/tsdoc-examples.test.ts;
//   3. an example can be copied as it is (see below), and typedoc.json
//      documents exactly package.json's public entries.
// Offenders are printed grouped by module with their source file.
//
// It runs once per `npm test`: in the time-zone matrix (test/run-tz-matrix.mjs)
// only under TZ=Asia/Shanghai (the documentation does not depend on the zone);
// run alone (`npx vitest run … test/api-docs.test.ts`) it always runs.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Application, DeclarationReflection, Logger, LogLevel, ProjectReflection, ReflectionKind, TSConfigReader, TypeDocReader, type Comment } from 'typedoc';

const inMatrix = process.env.GUIFAN_TZ_DIGEST_DIR !== undefined;
const run = !inMatrix || process.env.TZ === 'Asia/Shanghai';
const root = join(__dirname, '..');

/** Collects TypeDoc's messages instead of printing them. */
class CollectingLogger extends Logger {
  readonly messages: { level: string; message: string }[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level === LogLevel.Warn || level === LogLevel.Error) this.messages.push({ level: LogLevel[level], message });
  }
}

/** The kinds that count as an export needing a summary and an example. */
const EXPORT_KINDS = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Enum;

interface Offender {
  module: string;
  name: string;
  kind: string;
  file: string;
  missing: string[];
}

/**
 * The comment that documents an export: a function's is on its (first
 * documented) signature. (The signature first: an `index.ts` header without
 * `@module` would otherwise land on the module's first export and pass for its
 * summary.)
 */
function commentOf(r: DeclarationReflection): Comment | undefined {
  const signatures = r.signatures ?? (r.type?.type === 'reflection' ? r.type.declaration.signatures : undefined);
  return signatures?.find((s) => s.comment)?.comment ?? r.comment;
}

const hasSummary = (c: Comment | undefined): boolean => (c?.summary ?? []).some((p) => p.text.trim() !== '');
const hasExample = (c: Comment | undefined): boolean => (c?.blockTags ?? []).some((t) => t.tag === '@example' && t.content.some((p) => p.text.trim() !== ''));

describe.runIf(run)('API reference (TypeDoc, issue 15)', () => {
  let logger: CollectingLogger;
  let project: ProjectReflection | undefined;
  let rendered = false;
  const offenders: Offender[] = [];

  beforeAll(async () => {
    const app = await Application.bootstrapWithPlugins(
      {
        options: join(root, 'typedoc.json'),
        // The test wants every message, not the first one as an error.
        treatWarningsAsErrors: false,
        // Source file names for the offender list (no links: there is no remote).
        disableSources: false,
        disableGit: true,
        sourceLinkTemplate: '{path}#L{line}',
        displayBasePath: root,
      },
      [new TypeDocReader(), new TSConfigReader()],
    );
    logger = new CollectingLogger();
    app.logger = logger;
    project = await app.convert();
    if (project) {
      app.validate(project);
      // The HTML too (as `npm run docs` does, into a temporary folder): rendering has warnings of its own.
      const out = mkdtempSync(join(tmpdir(), 'guifan-api-'));
      try {
        await app.generateDocs(project, out);
        rendered = existsSync(join(out, 'index.html'));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
    for (const mod of project?.children ?? []) {
      if (!mod.kindOf(ReflectionKind.Module)) continue;
      // The entry's `index.ts` header, marked `@module` (else TypeDoc gives it to the first export).
      if (!hasSummary(mod.comment)) offenders.push({ module: mod.name, name: '(module)', kind: 'Module', file: 'index.ts header needs @module', missing: ['summary'] });
      for (const r of mod.children ?? []) {
        if (!r.kindOf(EXPORT_KINDS)) continue; // references (re-exports) are documented where they live
        const c = commentOf(r);
        const missing = [...(hasSummary(c) ? [] : ['summary']), ...(hasExample(c) ? [] : ['@example'])];
        // A function says what each parameter is and what it returns (TypeDoc moves `@param` text onto the parameter).
        for (const sig of r.kindOf(ReflectionKind.Function) ? (r.signatures ?? []) : []) {
          for (const prm of sig.parameters ?? []) if (!hasSummary(prm.comment) && !missing.includes(`@param ${prm.name}`)) missing.push(`@param ${prm.name}`);
          if (sig.type?.toString() !== 'void' && !(sig.comment ?? c)?.blockTags.some((t) => t.tag === '@returns') && !missing.includes('@returns')) missing.push('@returns');
        }
        if (missing.length) offenders.push({ module: mod.name, name: r.name, kind: ReflectionKind.singularString(r.kind), file: r.sources?.[0]?.fileName ?? '?', missing });
      }
    }
    if (logger.messages.length) console.log(`\nTypeDoc messages (${logger.messages.length}):\n${logger.messages.map((m) => `  [${m.level}] ${m.message}`).join('\n')}`);
    if (offenders.length) {
      const byModule = new Map<string, Offender[]>();
      for (const o of offenders) byModule.set(o.module, [...(byModule.get(o.module) ?? []), o]);
      const text = [...byModule].map(([m, os]) => `  ${m} (${os.length}):\n${os.map((o) => `    ${o.name} (${o.kind}, ${o.file}): no ${o.missing.join(', no ')}`).join('\n')}`).join('\n');
      console.log(`\nExports without a summary, an @example, an @param or @returns (${offenders.length}):\n${text}`);
    }
  }, 180_000);

  it('documents every public entry of package.json, each as its import path', () => {
    // '.' is src/index.ts, './x' is src/x/index.ts; the JSON schemas and package.json are no API.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const entries = Object.keys(pkg.exports).filter((k) => k !== './package.json' && !k.endsWith('.json'));
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    expect([...config.entryPoints].sort()).toEqual(entries.map((k) => (k === '.' ? 'src/index.ts' : `src/${k.slice(2)}/index.ts`)).sort());
    expect(project).toBeDefined();
    // Module names come from `@module guifan/<x>` in each index.ts header (without it TypeDoc says `src/x`).
    const modules = (project?.children ?? []).filter((m) => m.kindOf(ReflectionKind.Module)).map((m) => m.name);
    expect(modules.sort()).toEqual(entries.map((k) => (k === '.' ? 'guifan' : `guifan/${k.slice(2)}`)).sort());
  });

  it('builds without warnings or errors', () => {
    expect(rendered, 'the HTML was written').toBe(true);
    expect(logger.messages.map((m) => `[${m.level}] ${m.message}`)).toEqual([]);
  });

  it('every @example runs as shown when copied (no line that JavaScript would join to the one above)', () => {
    // test/tsdoc-examples.test.ts runs each `//=>` line on its own; a reader who copies
    // `const d = dayInfo(x)` followed by `[d.kind, d.name]` gets `dayInfo(x)[d.kind, d.name]`.
    const hazards: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          let inExample = false;
          let prev = '';
          readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
            if (/^\s*\*\s*@example\s*$/.test(line)) [inExample, prev] = [true, ''];
            else if (/^\s*\*\/|^\s*\*\s*@\w+/.test(line)) inExample = false;
            else if (inExample) {
              const body = line.replace(/^\s*\* ?/, '');
              const code = prev.replace(/\s*\/\/.*$/, '').trimEnd();
              if (/^[[(`]/.test(body) && code !== '' && !/[;{,([]$/.test(code)) hazards.push(`${relative(root, p)}:${i + 1}: ${body.slice(0, 60)}`);
              prev = body;
            }
          });
        }
      }
    };
    walk(join(root, 'src'));
    expect(hazards).toEqual([]);
  });

  it('every export has a summary and an @example (a function: also each @param and @returns)', () => {
    expect(offenders.map((o) => `${o.module}.${o.name}: no ${o.missing.join(', no ')}`)).toEqual([]);
  });
});
