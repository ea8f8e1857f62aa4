import { describe, expect, it } from 'vitest';
import { checkCallAnswer, checkServiceLanguage, PROPERTY_AVOIDED_WORDS, suggestCategory } from '../../src/index';
import { foldForMatching, TRADITIONAL_SIMPLIFIED } from '../../src/_lib/foldText';
import { OFFENDING } from './corpus/offending';
import { POLITE_SENTENCES } from './corpus/polite';
import { OFFENDING_TRADITIONAL, POLITE_TRADITIONAL } from './corpus/traditional';

const phrases = (text: string, level: 'error' | 'advice'): string[] => checkServiceLanguage(text).findings.filter((f) => f.level === level).map((f) => f.phrase);
const spans = (text: string) => checkServiceLanguage(text).findings.map((f) => [f.phrase, f.level, f.start, f.end, f.startCodePoint, f.endCodePoint]);

// Simplified → traditional with the fold table read backwards (the first traditional form of each character).
const TO_TRADITIONAL = new Map<string, string>();
for (const pair of TRADITIONAL_SIMPLIFIED.split(' ')) if (!TO_TRADITIONAL.has(pair[1]!)) TO_TRADITIONAL.set(pair[1]!, pair[0]!);
const toTraditional = (s: string): string => [...s].map((c) => TO_TRADITIONAL.get(c) ?? c).join('');

describe('SVC-02 traditional characters: the seeds’ lists as written (001, 004)', () => {
  it('001 第三篇 1(2) as written: 不、不懂、不行、不對、不會、不知道、不是我管的、不過、不可能、真的嗎?、可是、但是', () => {
    const written = '不、不懂、不行、不對、不會、不知道、不是我管的、不過、不可能、真的嗎?、可是、但是'.split('、');
    expect(written.map((w) => checkServiceLanguage(`${w}。`, { lists: [PROPERTY_AVOIDED_WORDS] }).findings.map((f) => [f.phrase, f.text]))).toEqual(
      PROPERTY_AVOIDED_WORDS.entries.map((e, i) => [[e.phrase, written[i]]]),
    );
  });

  it('the forbidden phrases in traditional characters: 跟我們沒關係、沒辦法解決 are errors, found where they stand', () => {
    const text = '這個問題跟我們沒關係，沒辦法解決。';
    expect(spans(text)).toEqual([
      ['跟我们没关系', 'error', 4, 10, 4, 10],
      ['没办法解决', 'error', 11, 16, 11, 16],
    ]);
    const [f] = checkServiceLanguage(text).findings;
    expect(f!.text).toBe('跟我們沒關係');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    // Offsets stay in the original text with surrogate pairs and full-width forms around.
    const t2 = '𠮷𠮷，這個問題跟　我們沒關係！';
    const [g] = checkServiceLanguage(t2).findings;
    expect([g!.text, t2.slice(g!.start, g!.end), [...t2].slice(g!.startCodePoint, g!.endCodePoint).join('')]).toEqual(['跟　我們沒關係', '跟　我們沒關係', '跟　我們沒關係']);
  });

  it('004 感谢语 3: the approved refusal “不，我心領了，謝謝您的美意！” is accepted exactly as the simplified form', () => {
    expect(checkServiceLanguage('不，我心領了，謝謝您的美意！').issues).toEqual([]);
    expect(checkServiceLanguage('不，我心领了，谢谢您的美意！').issues).toEqual([]);
  });

  it.each(OFFENDING_TRADITIONAL.map((o) => [o.text, o]))('finds what %s breaks', (_t, o) => {
    expect(phrases(o.text, 'error')).toEqual(o.error);
    expect(phrases(o.text, 'advice')).toEqual(o.advice ?? []);
  });

  it('no false positive on polite speech in traditional characters (004 篇2 and more)', () => {
    const flagged = POLITE_TRADITIONAL.filter((s) => checkServiceLanguage(s).findings.length > 0);
    expect(flagged).toEqual([]);
  });

  it('every polite and offending sentence of the simplified corpora reads the same, at the same offsets, written in traditional characters', () => {
    let changed = 0;
    for (const s of [...POLITE_SENTENCES, ...OFFENDING.map((o) => o.text)]) {
      const t = toTraditional(s);
      if (t !== s) changed++;
      expect(spans(t), `${s} → ${t}`).toEqual(spans(s));
    }
    expect(changed).toBeGreaterThan(150);
  });

  it('one normalisation for conduct and complaints: suggestCategory and checkServiceLanguage fold alike', () => {
    expect(foldForMatching('態度　惡劣，跟我們沒關係').text).toBe('态度恶劣,跟我们没关系');
    expect(foldForMatching('不對\n不會', { keepLineBreaks: true }).text).toBe('不对\n不会');
    expect(foldForMatching('不對\n不會').text).toBe('不对不会');
    expect(suggestCategory('客服態度惡劣，跟我們沒關係').suggestions[0]!.matches[0]).toMatchObject({ phrase: '态度恶劣', text: '態度惡劣', start: 2, end: 6 });
    const table = TRADITIONAL_SIMPLIFIED.split(' ');
    expect(new Set(table.map((p) => p[0])).size).toBe(table.length);
    expect(table.every((p) => p.length === 2)).toBe(true);
  });

  it('SVC-01 reads a traditional greeting and first utterance too', () => {
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好，金穗公司，請問有什麼可以幫您？' }, { organisation: '金穗公司' }).success).toBe(true);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好，這事跟我們沒關係。' }).issues.map((i) => i.code)).toEqual(['FORBIDDEN_PHRASE']);
  });
});
