import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';

const root = join(__dirname, '..', '..');

interface Transcript {
  line: number;
  args: string[];
  /** `cat FILE | guifan … -`: FILE is standard input. */
  stdin?: string;
  exit: number;
  expected: string[];
}

/**
 * The ```console blocks of a docs page: `$ guifan …` (optionally `cat FILE | ` before it and `# exit N` after it),
 * followed by what the terminal shows (standard output and error, in the order written).
 */
function transcripts(file: string): Transcript[] {
  const md = readFileSync(join(root, file), 'utf8');
  const out: Transcript[] = [];
  const re = /```console\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md))) {
    const start = md.slice(0, m.index).split('\n').length + 1;
    m[1]!.split('\n').forEach((l, k) => {
      const cmd = /^\$ (?:cat (\S+) \| )?guifan (.+?)(?:\s+# exit (\d))?$/.exec(l);
      if (cmd) out.push({ line: start + k, args: cmd[2]!.trim().split(/\s+/), ...(cmd[1] ? { stdin: cmd[1] } : {}), exit: Number(cmd[3] ?? 0), expected: [] });
      else if (l !== '' || k < m![1]!.split('\n').length - 1) out.at(-1)?.expected.push(l);
    });
  }
  return out;
}

describe('the CLI transcripts in the docs run and show what the command prints', () => {
  for (const file of ['docs/complaint.md', 'docs/meeting.md', 'docs/duty.md']) {
    const list = transcripts(file);
    it(`${file} has transcripts in both languages`, () => expect(list.length).toBeGreaterThanOrEqual(2));
    for (const t of list) {
      it(`${file}:${t.line} guifan ${t.args.join(' ')}`, () => {
        const screen: string[] = [];
        const read = (p: string) => readFileSync(join(root, p === '-' ? t.stdin! : p), 'utf8');
        const code = runCli(t.args, {
          stdout: (s) => screen.push(...s.split('\n')),
          stderr: (s) => screen.push(...s.split('\n')),
          readFile: read,
          readLines: (p) => read(p).replace(/\n$/, '').split('\n'),
          now: () => new Date('2026-10-09T04:00:00Z'),
          version: '0.0.0-test',
        });
        expect(screen).toEqual(t.expected);
        expect(code).toBe(t.exit);
      });
    }
  }
});
