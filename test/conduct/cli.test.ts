import { describe, expect, it } from 'vitest';
import { runGuifan } from '../_helpers/cli';

const run = (args: string[], files: Record<string, string>) => runGuifan(args, files);

describe('SVC-02 guifan check-language', () => {
  const transcript = ['您好，物业服务中心。', '这个事跟我们没关系。', '', '𠮷好的，不过要等一下。'].join('\n');

  it('prints findings as file:line:column and fails on a forbidden phrase', () => {
    const r = run(['check-language', 'call.txt'], { 'call.txt': transcript });
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'call.txt:2:4: 错误 [FORBIDDEN_PHRASE SVC-02] 服务禁用语“跟我们没关系”（服务禁用语：“跟我们没关系”）',
      'call.txt:4:5: 建议 [DISCOURAGED_WORD SVC-02] 应避免的用语“不过”（物业部接待投诉忌用词汇：“不过”）',
      '共 2 处：服务禁用语 1 处，应避免用语 1 处',
    ]);
  });

  it('advice alone passes; English; JSON', () => {
    expect(run(['check-language', 'a.txt'], { 'a.txt': '好的，不过要等一下。' }).code).toBe(0);
    expect(run(['check-language', 'a.txt', '--lang', 'en'], { 'a.txt': '我不知道。' }).out).toContain("a.txt:1:2: error [FORBIDDEN_PHRASE SVC-02] Forbidden service phrase \"不知道\"");
    const j = JSON.parse(run(['check-language', 'a.txt', '--json'], { 'a.txt': '我不知道。' }).out);
    expect(j).toMatchObject([{ file: 'a.txt', line: 1, column: 2, code: 'FORBIDDEN_PHRASE', phrase: '不知道', start: 1, end: 4 }]);
  });

  it('reads NDJSON transcripts, names the record, reports a bad line with its number and checks the rest', () => {
    const nd = ['{"id":"c1","text":"您好，请讲。"}', '{"id":"c2","text":"大点声，听不见！"}', '{oops', '{"id":"c4"}'].join('\n');
    const r = run(['check-language', 'calls.ndjson'], { 'calls.ndjson': nd });
    expect(r.code).toBe(2);
    expect(r.out).toContain('calls.ndjson:2:1: 错误 [FORBIDDEN_PHRASE SVC-02] c2 ');
    expect(r.err).toContain('calls.ndjson:3: JSON 格式错误');
    expect(r.err).toContain('calls.ndjson:4: [INVALID_INPUT SVC-02] 该记录没有字符串字段 "text"');
  });

  it('reads a .json file as one JSON document: an array of records, each finding on the line where its record starts', () => {
    const doc = JSON.stringify([{ id: 'c1', text: '您好，请讲。' }, { id: 'c2', text: '大点声，听不见！' }, 7], null, 2);
    const r = run(['check-language', 'calls.json'], { 'calls.json': doc });
    expect(r.code).toBe(2);
    const c2 = doc.split('\n').findIndex((l) => l.includes('"c2"')); // 0-based: the line of its `{`, 1-based
    expect(r.out.split('\n')[0]).toMatch(new RegExp(`^calls\\.json:${c2}:1: 错误 \\[FORBIDDEN_PHRASE SVC-02\\] c2 服务禁用语“大点声`));
    expect(r.err).toBe(`calls.json:${doc.split('\n').length - 1}: [INVALID_INPUT SVC-02] 每条记录应为 JSON 对象 { "text": …, "id"?: … }`);
    // One record alone; a pretty-printed one too.
    expect(run(['check-language', 'one.json'], { 'one.json': JSON.stringify({ text: '这个事跟我们没关系。' }, null, 2) }).code).toBe(1);
    // Not JSON, or JSON that is not records: the whole document is one error (exit 2).
    const bad = run(['check-language', 'bad.json', '--json'], { 'bad.json': '"hello"' });
    expect([bad.code, JSON.parse(bad.out).error.code]).toEqual([2, 'INVALID_INPUT']);
    expect(JSON.parse(run(['check-language', 'bad.json', '--json'], { 'bad.json': '[{"text": "x"}' }).out).error.code).toBe('INVALID_JSON');
  });

  it('usage errors exit 2', () => {
    expect(run(['check-language'], {}).code).toBe(2);
    expect(run(['check-language', 'missing.txt'], {}).code).toBe(2);
  });
});
