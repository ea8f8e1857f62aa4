import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';

const root = join(__dirname, '..', '..');

// Issue 24 §4: the README's command lines name files that exist (examples/data/…) and run as written, in order
// (a line may read what an earlier one wrote with `>`), in both halves of the README.
const lines = readFileSync(join(root, 'README.md'), 'utf8')
  .split('\n')
  .map((l, k) => ({ k: k + 1, m: /^npx guifan (.+?)(?:\s{2,}#.*)?$/.exec(l) }))
  .filter((x): x is { k: number; m: RegExpExecArray } => x.m !== null)
  .map(({ k, m }) => {
    const [cmd, to] = m[1]!.replace(/\s+#\s.*$/, '').split(/\s+>\s+/);
    return { k, args: cmd!.trim().split(/\s+/), ...(to ? { to: to.trim() } : {}) };
  });

describe('README: every `npx guifan` line runs as written', () => {
  it('has the command lines of both languages', () => expect(lines.length).toBeGreaterThanOrEqual(20));
  const written: Record<string, string> = {};
  for (const { k, args, to } of lines) {
    it(`README.md:${k} guifan ${args.join(' ')}${to ? ` > ${to}` : ''}`, () => {
      const out: string[] = [];
      const err: string[] = [];
      const read = (p: string): string => {
        if (p in written) return written[p]!;
        expect(existsSync(join(root, p)), `${p} exists`).toBe(true);
        return readFileSync(join(root, p), 'utf8');
      };
      const code = runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: read, writeFile: (p: string, t: string) => void (written[p] = t), now: () => new Date('2026-10-09T04:00:00Z'), version: '0.0.0-test' });
      expect(code, err.join('\n')).not.toBe(2); // findings (1) are what the examples show; 2 would be a missing file or bad usage
      if (to) written[to] = out.join('\n');
    });
  }
});
