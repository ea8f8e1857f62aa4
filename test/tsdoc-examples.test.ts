import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cli from '../src/cli/index';
import * as core from '../src/index';

// The CLI is a separate, Node-only entry point; its examples see it too.
const guifan = { ...core, ...cli };

// Every `@example` in the public TSDoc is executed: `expr //=> value` asserts
// that expr deep-equals value. A note after the value in parentheses, e.g.
// `//=> '2026-10-08' (国庆节 skipped)`, is prose and is dropped.
const root = join(__dirname, '..', 'src');
const files: string[] = [];
const walk = (dir: string): void => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(root);

function examples(src: string): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\s*$/.test(lines[i]!)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, ''));
    }
    out.push({ code: body.join('\n'), line: i + 1 });
  }
  return out;
}

/** The value text, without a trailing prose note in parentheses. */
function valueOf(raw: string): string {
  // Code never puts a space before a call's parenthesis; prose notes do.
  return raw.trim().replace(/\s+\([^()]*\)\s*$/, '');
}

function compile(code: string): string {
  const out: string[] = [];
  const lines = code.split('\n');
  const check = (expr: string, value: string) => `__check(() => (${expr.replace(/;$/, '')}), ${JSON.stringify(value)}, () => (${value}));`;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(l);
    if (alone) {
      let raw = alone[1]!;
      while (i + 1 < lines.length && /^\s*\/\/\s{2,}/.test(lines[i + 1]!) && !/^\s*\/\/=>/.test(lines[i + 1]!)) raw += ` ${lines[++i]!.replace(/^\s*\/\/\s*/, '')}`;
      // the statement above may span lines: back to its first, unindented line
      let k = out.length - 1;
      while (k > 0 && (/^\s/.test(out[k]!) || /^[)}\]]/.test(out[k]!))) k--;
      const expr = out.splice(k).join('\n');
      out.push(check(expr, valueOf(raw)));
      continue;
    }
    const inline = /^(.+?)\s*\/\/=>\s*(.+)$/.exec(l);
    out.push(inline ? check(inline[1]!, valueOf(inline[2]!)) : l);
  }
  return out.join('\n');
}

const names = Object.keys(guifan);
describe('TSDoc @example blocks run and say the truth', () => {
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const { code, line } of examples(src)) {
      const where = `${relative(join(__dirname, '..'), f)}:${line}`;
      it(where, () => {
        let checks = 0;
        const __check = (actual: () => unknown, text: string, expected: () => unknown) => {
          checks++;
          expect(actual(), `${where} //=> ${text}`).toEqual(expected());
        };
        const js = compile(code);
        new Function('__guifan', '__check', `const { ${names.join(', ')} } = __guifan;\n${js}`)(guifan, __check);
        expect(checks, `${where}: an example states its result with //=>`).toBeGreaterThan(0);
      });
    }
  }
});
