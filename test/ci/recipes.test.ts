import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import { haveSchemas, junitProblems, readJUnit, sarifReport } from './_reports';

const root = join(__dirname, '..', '..');

/** The `npx guifan …` commands of a CI recipe, with their output redirection. */
function commands(file: string): { args: string[]; to?: string }[] {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .map((l) => /npx guifan (.+)$/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined)
    .map((c) => {
      const [cmd, to] = c.split(/\s*>\s*/);
      return { args: cmd!.trim().split(/\s+/), ...(to ? { to: to.trim() } : {}) };
    });
}

// Issue 26: every command line of the GitHub and GitLab examples runs against examples/data/ as written (offline: the
// actions themselves are not run), and what it writes is what the platform takes — JUnit valid against the Jenkins
// xUnit XSD and read back, SARIF valid against the official schema with GitHub's required properties, annotations,
// and the job summary GitHub Actions shows.
describe('the CI recipes in examples/ci run as written, and their reports validate', () => {
  for (const file of ['examples/ci/github-actions.yml', 'examples/ci/gitlab-ci.yml']) {
    it.skipIf(!haveSchemas)(file, async () => {
      const cmds = commands(file);
      expect(cmds.length).toBeGreaterThanOrEqual(4);
      for (const { args, to } of cmds) {
        const out: string[] = [];
        const err: string[] = [];
        const summary: Record<string, string> = {};
        const code = runCli(args, {
          stdout: (t) => out.push(t),
          stderr: (t) => err.push(t),
          readFile: (p) => readFileSync(join(root, p), 'utf8'),
          readChunks: (p) => [readFileSync(join(root, p))],
          appendFile: (p, t) => void (summary[p] = (summary[p] ?? '') + t),
          env: { GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/service', GITHUB_SHA: '0123abc' },
          // A fixed present: `calendar coverage --through +90d` reaches 2026-12-30, inside the packaged data
          // (test/cli-calendar.test.ts shows it failing from 2026-10-03 on).
          now: () => new Date('2026-10-01T04:00:00Z'),
          version: '0.0.0-test',
        });
        const what = `${args.join(' ')}\n${err.join('\n')}`;
        expect(code, what).toBe(0);
        expect(err, what).toEqual([]);
        const text = out.join('\n');
        if (to?.endsWith('.xml')) {
          expect(await junitProblems(text), what).toEqual([]);
          const j = readJUnit(text);
          expect(j.total, what).toBeGreaterThan(0);
          expect(j.failed, what).toBe(0);
        }
        if (to?.endsWith('.sarif')) expect(sarifReport(text), what).toEqual([]);
        if (args.includes('github')) {
          expect(text.split('\n').every((l) => l === '' || l.startsWith('::')), what).toBe(true);
          // Every command in github format writes the job summary (`calendar coverage` too: it is a check like the others).
          const command = args[0] === 'calendar' ? `calendar-${args[1]}` : args[0]!;
          expect(summary['summary.md'], what).toMatch(new RegExp(`^### guifan ${command} \``));
        }
      }
    });
  }
});
