import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as guifan from '../src/index';
import * as dateFns from 'date-fns';
import * as dateFnsTz from 'date-fns-tz';
import * as dateFnsTzNew from '@date-fns/tz';

// The date libraries the interop page shows guifan with (dev-only).
const deps: Record<string, unknown> = { 'date-fns': dateFns, 'date-fns-tz': dateFnsTz, '@date-fns/tz': dateFnsTzNew };

// Every ```js block in README.md and docs/*.md is executed. Imports from
// 'guifan' (or a subpath) are bound to the source; a line `expr //=> value`
// asserts that expr deep-equals value.
const root = join(__dirname, '..');
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

function blocks(md: string): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  const re = /```js\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md))) out.push({ code: m[1]!, line: md.slice(0, m.index).split('\n').length + 1 });
  return out;
}

function compile(code: string): string {
  const out: string[] = [];
  const check = (indent: string, expr: string, raw: string): string => {
    const value = raw.replace(/\s+\/\/.*$/, '');
    return `${indent}__check(() => (${expr.replace(/;$/, '')}), ${JSON.stringify(value)}, () => (${value}));`;
  };
  for (const l of code.split('\n')) {
    const imp = /^import\s*\{([^}]*)\}\s*from\s*'guifan(?:\/[a-z-]+)?';?\s*$/.exec(l);
    if (imp) {
      out.push(`const {${imp[1]}} = __guifan;`);
      continue;
    }
    const dep = /^import\s*\{([^}]*)\}\s*from\s*'(date-fns|date-fns-tz|@date-fns\/tz)';?\s*$/.exec(l);
    if (dep) {
      out.push(`const {${dep[1]}} = __deps[${JSON.stringify(dep[2])}];`);
      continue;
    }
    // `//=> value` alone on a line states the result of the line above.
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(l);
    if (alone) {
      const prev = out.pop() ?? '';
      const ind = /^\s*/.exec(prev)![0];
      out.push(check(ind, prev.trim(), alone[1]!));
      continue;
    }
    const chk = /^(\s*)(.+?)\s*\/\/=>\s*(.+)$/.exec(l);
    out.push(chk ? check(chk[1]!, chk[2]!, chk[3]!) : l);
  }
  return out.join('\n');
}

describe('documentation examples run and say the truth', () => {
  for (const f of files) {
    const md = readFileSync(join(root, f), 'utf8');
    blocks(md).forEach(({ code, line }) => {
      it(`${f}:${line}`, () => {
        let checks = 0;
        const __check = (actual: () => unknown, text: string, expected: () => unknown) => {
          checks++;
          expect(actual(), `${f}:${line} //=> ${text}`).toEqual(expected());
        };
        const __console = { log: () => undefined, table: () => undefined };
        new Function('__guifan', '__deps', '__check', 'console', compile(code))(guifan, deps, __check, __console);
        expect(checks, 'a documented example should state its result with //=>').toBeGreaterThan(0);
      });
    });
  }
});
