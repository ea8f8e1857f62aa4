// Issue 24 (newcomer frictions): docs/date-fns.md imported date-fns, date-fns-tz and @date-fns/tz with no
// line saying to install them. Every page whose examples import a package other than guifan names each
// such package in an `npm install` line of that page, in a ```sh block that both languages share.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('docs name the packages their examples need (issue 24)', () => {
  it.each(pages)('%s: every package its examples import is in an npm install line', (page) => {
    const md = readFileSync(join(root, page), 'utf8');
    const imported = new Set([...md.matchAll(/```js\n([\s\S]*?)```/g)].flatMap((m) => [...m[1]!.matchAll(/from\s+'([^'.][^']*)'/g)].map((i) => i[1]!)).filter((p) => !/^(guifan|node:)/.test(p)));
    const installed = new Set([...md.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => [...m[1]!.matchAll(/npm install ([^\n]+)/g)].flatMap((l) => l[1]!.trim().split(/\s+/))));
    expect([...imported].filter((p) => !installed.has(p))).toEqual([]);
  });

  it('docs/date-fns.md installs date-fns, date-fns-tz and @date-fns/tz beside guifan', () => {
    const md = readFileSync(join(root, 'docs/date-fns.md'), 'utf8');
    expect(md).toContain('npm install guifan date-fns date-fns-tz @date-fns/tz');
  });
});
