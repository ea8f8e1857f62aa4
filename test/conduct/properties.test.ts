import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkServiceLanguage, PROPERTY_AVOIDED_WORDS, SERVICE_FORBIDDEN_PHRASES, SERVICE_LANGUAGE_LISTS } from '../../src/index';
import { POLITE_SENTENCES } from './corpus/polite';

// Constrained generators: polite text, a phrase or context put between two of
// its sentences, optionally split by spaces and written in full-width forms.
const clean = POLITE_SENTENCES.filter((s) => checkServiceLanguage(s).findings.length === 0);
const politeText = fc.array(fc.constantFrom(...clean), { minLength: 1, maxLength: 6 });
const entries = SERVICE_LANGUAGE_LISTS.flatMap((list) => list.entries.map((entry) => ({ list, entry })));
const FULL: Record<string, string> = { ',': '，', '!': '！', '?': '？' };
const spaced = (s: string, cuts: readonly boolean[]): string => [...s].map((c, i) => (cuts[i % cuts.length] ? `${c} ` : c)).join('').trimEnd();
const errorPhrases = new Set<string>(SERVICE_FORBIDDEN_PHRASES.entries.map((e) => e.phrase));

describe('SVC-02 properties', () => {
  it('a phrase put anywhere between sentences of polite text is always found, at its offsets', () => {
    fc.assert(
      fc.property(politeText, fc.nat(), fc.constantFrom(...entries), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.boolean(), (sentences, k, { list, entry }, cuts, wide) => {
        let said = entry.phrase.replace('…', '明天来');
        if (wide) said = said.replace(/[,!?]/g, (c) => FULL[c]!);
        said = spaced(said, cuts);
        const at = k % (sentences.length + 1);
        const before = sentences.slice(0, at).join('');
        const text = `${before}${said}。${sentences.slice(at).join('')}`;
        const level = list.level === 'advice' && errorPhrases.has(entry.phrase) ? 'error' : list.level;
        const hit = checkServiceLanguage(text).findings.find((f) => f.phrase === entry.phrase && f.level === level && f.start === before.length);
        expect(hit, text).toBeDefined();
        expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
        expect(hit!.end).toBe(before.length + said.length);
        expect([...text].slice(hit!.startCodePoint, hit!.endCodePoint).join('')).toBe(hit!.text);
      }),
      { numRuns: 300 },
    );
  });

  it('an allowed context is never a finding, wherever it is put', () => {
    const contexts = SERVICE_LANGUAGE_LISTS.flatMap((l) => l.entries.flatMap((e) => ('allow' in e && e.allow ? e.allow : [])));
    fc.assert(
      fc.property(politeText, fc.nat(), fc.constantFrom(...contexts), (sentences, k, ctx) => {
        const at = k % (sentences.length + 1);
        const before = sentences.slice(0, at).join('');
        const text = `${before}${ctx}。${sentences.slice(at).join('')}`;
        const inside = checkServiceLanguage(text).findings.filter((f) => f.start < before.length + ctx.length && f.end > before.length);
        expect(inside, text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('NFC, NFD and NFKC spellings of a text give the same findings', () => {
    const bits = fc.constantFrom(...clean, ...entries.map((e) => `${e.entry.phrase.replace('…', '明天来')}。`), 'Café，', 'ＡＢＣ１２３，', '（ｏｋ）', '①', 'ﬁ');
    fc.assert(
      fc.property(fc.array(bits, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const key = (t: string) => checkServiceLanguage(t).findings.map((f) => `${f.list}:${f.phrase}`);
        const base = key(text);
        expect(key(text.normalize('NFC'))).toEqual(base);
        expect(key(text.normalize('NFD'))).toEqual(base);
        expect(key(text.normalize('NFKC'))).toEqual(base);
      }),
      { numRuns: 150 },
    );
  });

  it('findings are ordered, inside the text, and never overlap within a list', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...clean, ...PROPERTY_AVOIDED_WORDS.entries.map((e) => `${e.phrase}，`), '不知道', ' ', '\u200b'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const fs = checkServiceLanguage(text).findings;
        for (let i = 0; i < fs.length; i++) {
          expect(0 <= fs[i]!.start && fs[i]!.start < fs[i]!.end && fs[i]!.end <= text.length).toBe(true);
          if (i) expect(fs[i - 1]!.start <= fs[i]!.start).toBe(true);
          for (let j = 0; j < i; j++) if (fs[j]!.list === fs[i]!.list) expect(fs[j]!.end <= fs[i]!.start).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
