import { describe, expect, it } from 'vitest';
import { checkServiceLanguage, PROPERTY_AVOIDED_WORDS, SERVICE_FORBIDDEN_PHRASES, SERVICE_LANGUAGE_LISTS, type LanguageFinding } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { OFFENDING } from './corpus/offending';
import { POLITE_SENTENCES } from './corpus/polite';

const phrases = (text: string, level: 'error' | 'advice'): string[] => checkServiceLanguage(text).findings.filter((f) => f.level === level).map((f) => f.phrase);

describe('SVC-02 forbidden service phrases (服务禁用语)', () => {
  it('finds every phrase of the lists, each in a sentence of its own, at its offsets', () => {
    const errorPhrases = new Set<string>(SERVICE_FORBIDDEN_PHRASES.entries.map((e) => e.phrase));
    for (const list of SERVICE_LANGUAGE_LISTS) {
      for (const e of list.entries) {
        const said = e.phrase.replace('…', '明天来');
        const text = `好的。${said}。`;
        const fs = checkServiceLanguage(text).findings;
        // An advice word that is also a forbidden phrase (不知道) is reported once, as the phrase.
        const expected = list.level === 'advice' && errorPhrases.has(e.phrase) ? 'error' : list.level;
        expect(fs.map((f) => [f.phrase, f.level, f.start, f.end]), `${list.id}: ${e.phrase}`).toContainEqual([e.phrase, expected, 3, 3 + said.length]);
      }
    }
  });

  it('reads the seeds’ own lists: 000 客服基本服务规范 and 002 接待规范 (error), 001 物业部 words (advice)', () => {
    expect(SERVICE_FORBIDDEN_PHRASES.entries.map((e) => e.phrase)).toEqual(expect.arrayContaining(['我们不管', '跟我们没关系', '没办法解决', '随便', '不清楚', '不知道', '不是我管的', '不可能', '你不是说…吗', '不是告诉你了,怎么还不明白?', '大点声,听不见!', '不是我办的']));
    expect(PROPERTY_AVOIDED_WORDS.entries.map((e) => e.phrase)).toEqual(['不', '不懂', '不行', '不对', '不会', '不知道', '不是我管的', '不过', '不可能', '真的吗?', '可是', '但是']);
    expect(SERVICE_FORBIDDEN_PHRASES.level).toBe('error');
    expect(PROPERTY_AVOIDED_WORDS.level).toBe('advice');
  });

  it.each(OFFENDING.map((o) => [o.text, o]))('finds what %s breaks', (_t, o) => {
    expect(phrases(o.text, 'error')).toEqual(o.error);
    expect(phrases(o.text, 'advice')).toEqual(o.advice ?? []);
    expect(checkServiceLanguage(o.text).success).toBe(o.error.length === 0);
  });

  it('gives UTF-16 and code-point offsets that slice the phrase out of the text', () => {
    const text = '𠮷𠮷，这个问题跟我们没关系。';
    const [f] = checkServiceLanguage(text).findings as LanguageFinding[];
    expect(f).toMatchObject({ code: 'FORBIDDEN_PHRASE', rule: 'SVC-02', severity: 'error', phrase: '跟我们没关系', list: 'service-forbidden', start: 9, end: 15, startCodePoint: 7, endCodePoint: 13 });
    expect(text.slice(f!.start, f!.end)).toBe('跟我们没关系');
    expect([...text].slice(f!.startCodePoint, f!.endCodePoint).join('')).toBe('跟我们没关系');
    expect(f!.message['zh-CN']).toContain('跟我们没关系');
    expect(f!.message.en).toContain('Forbidden service phrase');
  });

  it('spaces, zero-width characters and full-width forms do not hide a phrase', () => {
    for (const t of ['不 知 道', '不\u3000知\u3000道', '不\u200b知道', '大点声，听不见！', '大点声, 听不见 !', '不是告诉你了，怎么还不明白？']) {
      expect(checkServiceLanguage(t).success, t).toBe(false);
    }
    const [f] = checkServiceLanguage('您好。我 不 知 道。').findings;
    expect(f!.text).toBe('不 知 道');
  });

  it('polite contexts are not findings: 不客气、不好意思、对不起、不用谢、哪里不清楚吗、不知道您方便吗', () => {
    for (const t of ['不客气。', '不好意思，让您久等了。', '对不起！', '不用谢。', '您还有哪里不清楚吗？', '不知道您明天方便吗？', '不，我心领了，谢谢您的美意！', '我们不管多晚都会回电。', '这样的事不会再发生。']) {
      expect(checkServiceLanguage(t).issues, t).toEqual([]);
    }
  });

  it('a real phrase right after a polite context is still found', () => {
    expect(phrases('不知道您。不知道。', 'error')).toEqual(['不知道']);
    expect(phrases('我们不管多少钱都不可能。', 'error')).toEqual(['不可能']);
  });

  it('reports an advice word inside a forbidden phrase once, as the phrase', () => {
    const r = checkServiceLanguage('不知道。');
    expect(r.findings.map((f) => [f.level, f.phrase])).toEqual([['error', '不知道']]);
    expect(checkServiceLanguage('不知道。', { levels: ['advice'] }).findings.map((f) => f.phrase)).toEqual(['不知道']);
  });

  it('false-positive rate on ordinary polite service speech', () => {
    expect(POLITE_SENTENCES.length).toBeGreaterThanOrEqual(200);
    const flagged = { error: [] as string[], advice: [] as string[] };
    for (const s of POLITE_SENTENCES) {
      const r = checkServiceLanguage(s);
      if (r.findings.some((f) => f.level === 'error')) flagged.error.push(s);
      if (r.findings.some((f) => f.level === 'advice')) flagged.advice.push(s);
    }
    const pct = (n: number): string => `${((100 * n) / POLITE_SENTENCES.length).toFixed(2)} %`;
    console.log(
      `[SVC-02] false positives on ${POLITE_SENTENCES.length} polite sentences: error level ${flagged.error.length} (${pct(flagged.error.length)}), advice level ${flagged.advice.length} (${pct(flagged.advice.length)})` +
        (flagged.advice.length ? `\n  advice: ${flagged.advice.join(' | ')}` : ''),
    );
    // The figures quoted in docs/conduct.md: none at error level, one advice (不会过期).
    expect(flagged.error).toEqual([]);
    expect(flagged.advice).toEqual(['您的门禁卡不会过期，可以一直使用。']);
  });

  it('takes a host list, validated', () => {
    const list = { id: 'x', name: '自定义', nameEn: 'Custom', level: 'error' as const, entries: [{ phrase: '没空' }] };
    expect(checkServiceLanguage('我现在没空。', { lists: [list] }).findings.map((f) => f.phrase)).toEqual(['没空']);
    const e = thrown(() => checkServiceLanguage('x', { lists: [{ id: 'x', entries: [{ phrase: '' }] } as never] }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.rule).toBe('SVC-02');
  });

  it('bad input: non-string text is a coded error, empty text a warning', () => {
    for (const bad of [null, undefined, 42, {}, ['不知道']]) {
      const e = thrown(() => checkServiceLanguage(bad as never));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.rule).toBe('SVC-02');
    }
    const r = checkServiceLanguage('   ');
    expect(r).toMatchObject({ success: true, findings: [] });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['EMPTY_TEXT', 'warning']]);
  });
});
