import { describe, expect, it } from 'vitest';
import { classifyComplaint, COMPLAINT_CHANNELS, evaluateCase, PROPERTY_RECEPTION, validateComplaintRecord } from '../../src/index';
import { record, sh } from './_model';

// 002 客户投诉统计说明: 来访、来电、书信、电子邮件、网上论坛、报刊 … 上级公司、相关单位传递的投诉.
const SEED_CHANNELS: Record<string, string> = {
  来访: 'walk-in',
  来电: 'phone',
  书信: 'written',
  电子邮件: 'email',
  网上论坛: 'online',
  报刊: 'press',
  上级公司传递: 'transferred',
  相关单位传递: 'transferred',
};

describe('CMP-02 complaint channels (002 投诉统计说明; 001 第三篇)', () => {
  it('CMP-02 every channel the seed lists has a value, and every value validates', () => {
    for (const v of Object.values(SEED_CHANNELS)) expect(COMPLAINT_CHANNELS).toContain(v);
    for (const channel of COMPLAINT_CHANNELS) expect(validateComplaintRecord(record({ channel })).success, channel).toBe(true);
  });
  it('CMP-02 a transferred complaint may say who passed it on', () => {
    const r = record({ channel: 'transferred', transferredFrom: '集团客户服务中心' });
    expect(validateComplaintRecord(r).success).toBe(true);
    expect(classifyComplaint({ ...r, category: 'service.attitude' }).attributes.channel).toBe('transferred');
  });
  it('CMP-02 an unknown channel is a coded issue (never a silent “other”)', () => {
    const r = validateComplaintRecord(record({ channel: 'fax' }));
    expect(r.issues.map((i) => [i.code, i.rule, i.path])).toEqual([['UNKNOWN_CHANNEL', 'CMP-02', ['channel']]]);
    expect(r.issues[0]!.message['zh-CN']).toBe('未知的投诉渠道 fax（可用：walk-in, phone, written, email, online, press, transferred, other）');
  });
  it('CMP-02 / CMP-10 the channel selects the reception preset clocks: walk-in → contact within three working days', () => {
    const c = classifyComplaint(record({ channel: 'walk-in', category: 'service.attitude' }));
    const r = evaluateCase(PROPERTY_RECEPTION, { attributes: c.attributes, events: [{ type: 'received', at: sh('2026-03-02T09:15') }] }, sh('2026-03-02T10:00'));
    expect(r.clocks.find((k) => k.name === 'walk-in-follow-up')!.state).toBe('running');
    const phone = evaluateCase(PROPERTY_RECEPTION, { attributes: classifyComplaint(record({ category: 'service.attitude' })).attributes, events: [{ type: 'received', at: sh('2026-03-02T09:15') }] }, sh('2026-03-02T10:00'));
    expect(phone.notApplicable).toContain('walk-in-follow-up');
  });
});
