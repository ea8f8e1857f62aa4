import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cli from '../src/cli/index';
import * as core from '../src/index';

// Issue 15 item 4: the English docs are as complete as the Chinese ones.
//
// Two page shapes:
// - split pages (README.md and most of docs/): a `## 中文` half and an
//   `## English` half, each cut into sections at its ###/#### headings (the
//   text before the first heading is the half's intro). The sections are
//   aligned (by position, preferring pairs that cite the same rule ids and
//   APIs), and every pair must agree on: heading level, the rule ids cited
//   (CMP-14 …), the exported API names mentioned (in `backticks` or in the
//   code), the number of executed ```js examples and of `//=>` assertions, the
//   number of other code blocks (```sh …) and the tables with their row counts.
//   Prose may differ freely.
// - bilingual pages (docs/date-fns.md): every `## 中文 · English` section
//   carries both languages, so each of its paragraphs in Chinese must have an
//   English one (a paragraph holding both counts for both).
// The text above the first `##` (title, rules line, preamble) is bilingual on
// every page and is checked the same way.
//
// A difference that is right on purpose goes into `allowed` below, with its
// reason; the test fails if an allowance is no longer needed.

const root = join(__dirname, '..');
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

const exported = new Set(Object.keys({ ...core, ...cli }));

/** `file` → `zh heading` → the attributes allowed to differ, with the reason. */
const allowed: Record<string, Record<string, Record<string, string>>> = {};

interface Block {
  lang: string;
  code: string;
}

interface Section {
  heading: string;
  level: number;
  line: number;
  text: string;
}

interface Facts {
  rules: string[];
  apis: string[];
  js: number;
  asserts: number;
  otherBlocks: string[];
  tables: number[];
}

const RULE = /\b(?:CAL|TL|APR|ESC|CMP|MTG|SVC|DUT)-\d{2}\b/g;
const CJK = /[\u3400-\u9fff]/g;
// A code span: a run of backticks closed by a run of the same length (a lone ``` in prose is literal).
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

function fences(text: string): { blocks: Block[]; prose: string } {
  const blocks: Block[] = [];
  const prose: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\S*)\s*$/.exec(lines[i]!);
    if (!open) {
      prose.push(lines[i]!);
      continue;
    }
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j]!)) body.push(lines[j++]!);
    blocks.push({ lang: open[1] ?? '', code: body.join('\n') });
    prose.push('');
    i = j;
  }
  return { blocks, prose: prose.join('\n') };
}

function facts(text: string): Facts {
  const { blocks, prose } = fences(text);
  const apis = new Set<string>();
  for (const m of prose.matchAll(CODE_SPAN)) for (const t of m[0].match(/[A-Za-z_$][\w$]*/g) ?? []) if (exported.has(t)) apis.add(t);
  const js = blocks.filter((b) => b.lang === 'js');
  for (const b of js) for (const t of b.code.match(/[A-Za-z_$][\w$]*/g) ?? []) if (exported.has(t)) apis.add(t);
  // Rule ids count in prose and in code comments alike.
  const rules = new Set(text.match(RULE) ?? []);
  // Tables: consecutive `|` lines; rows exclude the header separator.
  const tables: number[] = [];
  let rows = -1;
  for (const l of prose.split('\n')) {
    if (/^\s*\|/.test(l)) {
      if (rows < 0) rows = 0;
      if (!/^\s*\|[\s:|-]+\|\s*$/.test(l)) rows++;
    } else if (rows >= 0) {
      tables.push(rows);
      rows = -1;
    }
  }
  if (rows >= 0) tables.push(rows);
  return {
    rules: [...rules].sort(),
    apis: [...apis].sort(),
    js: js.length,
    asserts: js.reduce((n, b) => n + (b.code.match(/\/\/=>/g)?.length ?? 0), 0),
    otherBlocks: blocks.filter((b) => b.lang !== 'js').map((b) => b.lang || 'text'),
    tables,
  };
}

/** The `##` parts of a page: [heading, body, line]. The part before the first `##` has heading ''. */
function parts(md: string): { heading: string; body: string; line: number }[] {
  const out: { heading: string; body: string; line: number }[] = [{ heading: '', body: '', line: 1 }];
  let inFence = false;
  md.split('\n').forEach((l, i) => {
    if (/^\s*```/.test(l)) inFence = !inFence;
    if (!inFence && /^## /.test(l)) out.push({ heading: l.slice(3).trim(), body: '', line: i + 1 });
    else out[out.length - 1]!.body += `${l}\n`;
  });
  return out;
}

function sections(body: string, firstLine: number): Section[] {
  const out: Section[] = [{ heading: '(intro)', level: 2, line: firstLine, text: '' }];
  let inFence = false;
  body.split('\n').forEach((l, i) => {
    if (/^\s*```/.test(l)) inFence = !inFence;
    const h = inFence ? null : /^(#{3,6}) (.+)$/.exec(l);
    if (h) out.push({ heading: h[2]!.trim(), level: h[1]!.length, line: firstLine + i + 1, text: '' });
    else out[out.length - 1]!.text += `${l}\n`;
  });
  return out;
}

const jaccard = (a: string[], b: string[]): number => {
  if (a.length === 0 && b.length === 0) return 1;
  const s = new Set(a);
  const both = b.filter((x) => s.has(x)).length;
  return both / (a.length + b.length - both);
};

/** Needleman–Wunsch: a pair always beats two gaps, so gaps appear only where the counts differ. */
function align(zh: Facts[], en: Facts[]): [number | null, number | null][] {
  const sim = (i: number, j: number): number =>
    2 + jaccard(zh[i]!.rules, en[j]!.rules) + jaccard(zh[i]!.apis, en[j]!.apis) + (zh[i]!.js === en[j]!.js ? 0.5 : 0) + (i === 0 && j === 0 ? 3 : 0);
  const n = zh.length;
  const m = en.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, sim(i, j) + best[i + 1]![j + 1]!);
  const out: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && best[i]![j] === sim(i, j) + best[i + 1]![j + 1]!) out.push([i++, j++]);
    else if (i < n && (j >= m || best[i]![j] === best[i + 1]![j])) out.push([i++, null]);
    else out.push([null, j++]);
  }
  return out;
}

const show = (v: unknown): string => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));

function diffFacts(a: Facts, b: Facts): string[] {
  const out: string[] = [];
  const set = (name: keyof Facts, x: string[], y: string[]): void => {
    const onlyA = x.filter((v) => !y.includes(v));
    const onlyB = y.filter((v) => !x.includes(v));
    if (onlyA.length) out.push(`${name}: only in 中文: ${onlyA.join(', ')}`);
    if (onlyB.length) out.push(`${name}: only in English: ${onlyB.join(', ')}`);
  };
  set('rules', a.rules, b.rules);
  set('apis', a.apis, b.apis);
  for (const k of ['js', 'asserts', 'otherBlocks', 'tables'] as const)
    if (show(a[k]) !== show(b[k])) out.push(`${k}: 中文 ${show(a[k])} ≠ English ${show(b[k])}`);
  return out;
}

/** Paragraphs (blank-line separated, list items apart) of the prose outside code and tables. */
function paragraphs(text: string): string[] {
  const { prose } = fences(text);
  const out: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.join('').trim()) out.push(cur.join('\n'));
    cur = [];
  };
  for (const l of prose.split('\n')) {
    if (!l.trim() || /^\s*\|/.test(l) || /^#/.test(l)) flush();
    else {
      if (/^\s*[-*] /.test(l)) flush();
      cur.push(l);
    }
  }
  flush();
  return out;
}

/**
 * Which languages a paragraph is written in. It is cut into segments at line
 * breaks and at “ / ” (the bilingual pages' separator); a segment is Chinese
 * when its CJK characters outweigh its Latin words (a character counting half
 * a word), English otherwise; `code` and links do not count, nor segments
 * with fewer than 3 words or characters.
 */
function languages(p: string): { zh: boolean; en: boolean } {
  const out = { zh: false, en: false };
  for (const seg of p.replace(CODE_SPAN, ' ').replace(/\]\([^)]*\)/g, ']').split(/\n| \/ /)) {
    const cjk = seg.match(CJK)?.length ?? 0;
    const words = seg.match(/\b[A-Za-z][a-z'’]+\b/g)?.length ?? 0;
    if (cjk >= 3 && cjk / 2 > words) out.zh = true;
    else if (words >= 3) out.en = true;
  }
  return out;
}

/** Problems of a bilingual part: each Chinese paragraph needs English and vice versa. */
function bilingual(where: string, text: string): string[] {
  let zh = 0;
  let en = 0;
  const firstOnly: string[] = [];
  for (const p of paragraphs(text)) {
    const l = languages(p);
    if (l.zh) zh++;
    if (l.en) en++;
    if (l.zh !== l.en) firstOnly.push(`    ${l.zh ? '中文 only' : 'English only'}: ${p.split('\n')[0]!.slice(0, 70)}…`);
  }
  return zh === en ? [] : [`${where}: ${zh} Chinese paragraph(s) but ${en} English`, ...firstOnly];
}

function check(file: string, md: string): string[] {
  const problems: string[] = [];
  const ps = parts(md);
  problems.push(...bilingual(`${file} (top, before the first ##)`, ps[0]!.body));
  const zh = ps.find((p) => p.heading === '中文');
  const en = ps.find((p) => p.heading === 'English');
  if (zh && en) {
    const zs = sections(zh.body, zh.line);
    const es = sections(en.body, en.line);
    // A heading's rule ids count for its section.
    const zf = zs.map((s) => facts(`${s.heading}\n${s.text}`));
    const ef = es.map((s) => facts(`${s.heading}\n${s.text}`));
    const allow = allowed[file] ?? {};
    for (const [i, j] of align(zf, ef)) {
      if (j === null) {
        problems.push(`missing in English: ${'#'.repeat(zs[i!]!.level)} ${zs[i!]!.heading} (${file}:${zs[i!]!.line}; ${zf[i!]!.js} js example(s), rules ${show(zf[i!]!.rules)})`);
        continue;
      }
      if (i === null) {
        problems.push(`missing in 中文: ${'#'.repeat(es[j]!.level)} ${es[j]!.heading} (${file}:${es[j]!.line}; ${ef[j]!.js} js example(s), rules ${show(ef[j]!.rules)})`);
        continue;
      }
      const z = zs[i]!;
      const e = es[j]!;
      const d = diffFacts(zf[i]!, ef[j]!);
      if (z.level !== e.level) d.push(`heading level: 中文 ${z.level} ≠ English ${e.level}`);
      if (i > 0 && (z.heading.match(CJK)?.length ?? 0) > 0 && languages(e.heading).zh) d.push('English heading is in Chinese');
      const ok = allow[z.heading] ?? {};
      const left = d.filter((x) => !Object.keys(ok).some((k) => x.startsWith(`${k}:`)));
      if (left.length) problems.push(`${file}:${z.line} “${z.heading}” ↔ ${file}:${e.line} “${e.heading}”:\n    ${left.join('\n    ')}`);
      for (const k of Object.keys(ok)) if (!d.some((x) => x.startsWith(`${k}:`))) problems.push(`${file}: allowance for “${z.heading}” ${k} is no longer needed`);
      // An English section whose Chinese twin has prose must have English prose.
      if (paragraphs(z.text).some((p) => languages(p).zh) && !paragraphs(e.text).some((p) => languages(p).en))
        problems.push(`${file}:${e.line} “${e.heading}” has no English prose`);
    }
  } else {
    // Bilingual per section: every `##` heading names both languages, every part carries both.
    for (const p of ps.slice(1)) {
      const [a, b] = p.heading.split(' · ');
      if (!a || !b || !languages(`${a} ${a}`).zh || !/[A-Za-z]{3}/.test(b)) problems.push(`${file}:${p.line} “${p.heading}”: a bilingual page's heading is “中文 · English”`);
      problems.push(...bilingual(`${file}:${p.line} “${p.heading}”`, p.body));
    }
    if (ps.length < 2) problems.push(`${file}: neither “## 中文”/“## English” halves nor bilingual “##” sections`);
  }
  if ((zh && !en) || (en && !zh)) problems.push(`${file}: has ${zh ? '## 中文 but no ## English' : '## English but no ## 中文'}`);
  return problems;
}

describe('the English docs are as complete as the Chinese ones (issue 15)', () => {
  for (const f of files) {
    it(f, () => {
      const problems = check(f, readFileSync(join(root, f), 'utf8'));
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});

describe('the parity check can fail', () => {
  const page = [
    '# t · T',
    '',
    '## 中文',
    '',
    '### 甲（CMP-14）',
    '',
    '用 `addWorkdays` 计算一个期限，结果如下所示。',
    '',
    '```js',
    "addWorkdays('2026-09-30', 1) //=> '2026-10-08'",
    '```',
    '',
    '### 乙（CMP-15）',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '## English',
    '',
    '### A (CMP-14)',
    '',
    'Use `addWorkdays` to compute a deadline, as shown below here.',
    '',
    '```js',
    "addWorkdays('2026-09-30', 1) //=> '2026-10-08'",
    '```',
    '',
    '### B (CMP-15)',
    '',
    'The table below lists the two values of this section here.',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
    '',
  ].join('\n');

  it('passes on a complete page', () => {
    expect(check('t.md', page)).toEqual([]);
  });

  it('names a missing English section', () => {
    const cut = page.replace(/### B \(CMP-15\)[\s\S]*$/, '');
    expect(check('t.md', cut).join('\n')).toMatch(/missing in English: ### 乙（CMP-15）/);
  });

  it('names a missing example, assertion, rule id, API and table row', () => {
    const english = page.indexOf('## English');
    const en = (from: string, to: string): string => page.slice(0, english) + page.slice(english).replace(from, to);
    const noExample = check('t.md', en("```js\naddWorkdays('2026-09-30', 1) //=> '2026-10-08'\n```\n", '')).join('\n');
    expect(noExample).toMatch(/js: 中文 1 ≠ English 0/);
    expect(noExample).toMatch(/asserts: 中文 1 ≠ English 0/);
    expect(check('t.md', en("//=> '2026-10-08'", '')).join('\n')).toMatch(/asserts: 中文 1 ≠ English 0/);
    expect(check('t.md', en('### A (CMP-14)', '### A')).join('\n')).toMatch(/rules: only in 中文: CMP-14/);
    const noApi = page.slice(0, english) + page.slice(english).replace('`addWorkdays`', '`add`').replace('addWorkdays(', 'add(');
    expect(check('t.md', noApi).join('\n')).toMatch(/apis: only in 中文: addWorkdays/);
    expect(check('t.md', en('| 1 | 2 |\n', '')).join('\n')).toMatch(/tables: 中文 \[2\] ≠ English \[1\]/);
  });

  it('names an untranslated paragraph on a bilingual page', () => {
    const bi = '# 标题 · Title\n\n## 区间 · Intervals\n\n`eachDayOfInterval` 给出区间内的每一天，再交给 guifan 判断是否工作日。\n';
    expect(check('b.md', bi).join('\n')).toMatch(/1 Chinese paragraph\(s\) but 0 English/);
  });
});
