import { describe, expect, it } from 'vitest';
import { checkCallAnswer } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('SVC-01 answer within three rings with the standard greeting', () => {
  it('the seed’s script: 铃三声内拿起电话，首先主动说“您好，金穗公司”', () => {
    const r = checkCallAnswer({ rings: 3, firstUtterance: '您好，金穗公司，请问有什么可以帮您？' }, { organisation: '金穗公司' });
    expect(r).toMatchObject({ success: true, issues: [], rings: 3, withinRings: true, greeting: { present: true, organisation: true } });
  });

  it('a fourth ring is late', () => {
    const r = checkCallAnswer({ rings: 4, firstUtterance: '您好，联众投资' }, { organisation: '联众投资' });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.rule])).toEqual([['ANSWERED_LATE', 'SVC-01']]);
    expect(r.issues[0]!.message['zh-CN']).toBe('第 4 声铃响才接听，应在铃响 3 声内接起');
  });

  it('seconds to answer become rings with the documented ring cycle (5 s: 1 s on, 4 s off)', () => {
    expect(checkCallAnswer({ secondsToAnswer: 0, firstUtterance: '您好' }).rings).toBe(1);
    expect(checkCallAnswer({ secondsToAnswer: 14.9, firstUtterance: '您好' })).toMatchObject({ rings: 3, withinRings: true });
    expect(checkCallAnswer({ secondsToAnswer: 15, firstUtterance: '您好' })).toMatchObject({ rings: 4, withinRings: false });
    expect(checkCallAnswer({ secondsToAnswer: 15, firstUtterance: '您好' }, { ringSeconds: 6 })).toMatchObject({ rings: 3, withinRings: true });
    expect(checkCallAnswer({ rings: 5, firstUtterance: '您好' }, { maxRings: 5 }).success).toBe(true);
  });

  it('the greeting opens the answer; outside lines name the organisation, internal lines need 您好 only', () => {
    expect(checkCallAnswer({ rings: 1, firstUtterance: '喂，哪位？' }).issues.map((i) => i.code)).toEqual(['GREETING_MISSING']);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '喂，您好' }).issues.map((i) => i.code)).toEqual(['GREETING_NOT_FIRST']);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好！' }, { organisation: '金穗公司' }).issues.map((i) => i.code)).toEqual(['GREETING_ORGANISATION_MISSING']);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好！', line: 'internal' }, { organisation: '金穗公司' }).success).toBe(true);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好，工号023为您服务' }, { organisation: ['金穗公司', '工号023'] }).greeting).toEqual({ present: true, organisation: true });
    expect(checkCallAnswer({ rings: 1, firstUtterance: '  “您 好，金穗公司”' }, { organisation: '金穗公司' }).success).toBe(true);
  });

  it('SVC-01 any punctuation or space after 您好 is a greeting (004 篇2 “您好!*****”)', () => {
    for (const said of ['您好!金穗公司', '您好！金穗公司', '您好!金穗公司，请问有什么可以帮您？', '您好 金穗公司', '您好，金穗公司', '您好　金穗公司。', '您好……金穗公司', '您好~金穗公司', '您好!*金穗公司', '您好金穗公司']) {
      const r = checkCallAnswer({ rings: 1, firstUtterance: said }, { organisation: '金穗公司' });
      expect([said, r.success, r.issues.map((i) => i.code), r.greeting]).toEqual([said, true, [], { present: true, organisation: true }]);
    }
    // The organisation belongs to the opening sentence, not to a later one.
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好！请问有什么可以帮您？金穗公司' }, { organisation: '金穗公司' }).issues.map((i) => i.code)).toEqual(['GREETING_ORGANISATION_MISSING']);
  });

  it('SVC-01 “金穗公司，您好” is named as the wrong order (GREETING_NOT_FIRST), not as a missing greeting', () => {
    const r = checkCallAnswer({ rings: 1, firstUtterance: '金穗公司，您好' }, { organisation: '金穗公司' });
    expect(r.success).toBe(false);
    expect(r.greeting).toEqual({ present: false, organisation: true });
    expect(r.issues.map((i) => [i.code, i.rule, i.path, i.details.before])).toEqual([['GREETING_NOT_FIRST', 'SVC-01', ['firstUtterance'], '金穗公司']]);
    expect(r.issues[0]!.message['zh-CN']).toBe('“您好”应最先说，却说在“金穗公司”之后：金穗公司，您好');
    expect(r.issues[0]!.message.en).toBe('The greeting "您好" must come first; it was said after "金穗公司": 金穗公司，您好');
    // What came before is quoted as written (full-width, spaces, traditional characters kept).
    expect(checkCallAnswer({ rings: 1, firstUtterance: '“金穗 公司”！您好' }).issues[0]!.details.before).toBe('金穗 公司');
    expect(checkCallAnswer({ rings: 1, firstUtterance: '喂？喂？您好' }).issues[0]!.details.before).toBe('喂？喂');
    expect(checkCallAnswer({ rings: 1, firstUtterance: '喂，哪位？' }).issues.map((i) => i.code)).toEqual(['GREETING_MISSING']);
  });

  it('forbidden phrases in the first utterance are findings too (SVC-02)', () => {
    const r = checkCallAnswer({ rings: 1, firstUtterance: '您好，这事跟我们没关系。' });
    expect(r.issues.map((i) => i.code)).toEqual(['FORBIDDEN_PHRASE']);
    expect(checkCallAnswer({ rings: 1, firstUtterance: '您好，这事跟我们没关系。' }, { checkLanguage: false }).success).toBe(true);
  });

  it('an unanswered call', () => {
    expect(checkCallAnswer({ answered: false }).issues.map((i) => i.code)).toEqual(['CALL_NOT_ANSWERED']);
  });

  it('bad input: negative or fractional rings, no timing, wrong types', () => {
    for (const rings of [-1, 1.5, Number.NaN, Infinity, '3']) {
      const r = checkCallAnswer({ rings: rings as number, firstUtterance: '您好' });
      expect(r.success).toBe(false);
      expect(r.issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['rings'], rule: 'SVC-01' });
    }
    expect(checkCallAnswer({ secondsToAnswer: -2, firstUtterance: '您好' }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['secondsToAnswer'] });
    expect(checkCallAnswer({ firstUtterance: '您好' }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['rings'] });
    expect(checkCallAnswer({ rings: 1, firstUtterance: 5 as never }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['firstUtterance'] });
    expect(thrown(() => checkCallAnswer(null as never)).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => checkCallAnswer({ rings: 1 }, { maxRings: 0 })).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => checkCallAnswer({ rings: 1 }, { ringSeconds: -5 })).code).toBe('INVALID_OPTIONS');
  });
});
