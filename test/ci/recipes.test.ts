import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';

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

describe('the CI recipes in examples/ci run as written', () => {
  for (const file of ['examples/ci/github-actions.yml', 'examples/ci/gitlab-ci.yml']) {
    it(file, () => {
      const cmds = commands(file);
      expect(cmds.length).toBeGreaterThanOrEqual(2);
      for (const { args, to } of cmds) {
        const out: string[] = [];
        const err: string[] = [];
        // A fixed present: `calendar coverage --through +90d` reaches 2026-12-30, inside the packaged data
        // (test/cli-calendar.test.ts shows it failing from 2026-10-03 on).
        const now = () => new Date('2026-10-01T04:00:00Z');
        const code = runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => readFileSync(join(root, p), 'utf8'), now, version: '0.0.0-test' });
        expect(code, `${args.join(' ')}\n${err.join('\n')}`).toBe(0);
        const text = out.join('\n');
        if (to?.endsWith('.xml')) expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="guifan" tests="\d+" failures="0"/);
        if (to?.endsWith('.sarif')) expect(JSON.parse(text)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'guifan' } } }] });
        if (args.includes('github')) expect(text.split('\n').every((l) => l === '' || l.startsWith('::'))).toBe(true);
      }
    });
  }
});
