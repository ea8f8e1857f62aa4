import { formatInstant } from '../../_lib/formatInstant';
import type { LocalizedText, RuleId } from '../../errors/types';
import { formatTimeLimit } from '../../time-limit/formatTimeLimit';
import { limitText, type CompiledClock, type CompiledPolicy } from './compile';
import type { ClockCore, ClockEvaluation, ClockExtras, ClockState } from './types';
import type { PauseShift } from './pauses';

const STATE_ZH: Record<ClockState, string> = {
  'not-started': '未开始',
  running: '计时中',
  paused: '已暂停',
  met: '已按时完成',
  breached: '已超时',
  'met-late': '超时后完成',
  cancelled: '已撤销',
};

const minutes = (ms: number): string => `${Math.round(ms / 60_000)}`;

const NO_EXTRAS: ClockExtras = Object.freeze({ dueShift: undefined, maxShift: undefined, sameContact: false, retro: undefined, resets: [], periodStart: undefined, updates: 0 }) as ClockExtras;

const days = (x: number): string => `${Math.round(x * 100) / 100}`;

/** What the pauses did to one deadline, in both languages (issue 10 item 1). */
function shiftText(s: PauseShift | undefined, zhName: string, enName: string, f: (t: number) => string): [string, string] | undefined {
  if (!s) return undefined;
  const fromTo = s.to === s.from ? [`${zhName}仍为 ${f(s.to)}`, `${enName} stays ${f(s.to)}`] : [`${zhName}由 ${f(s.from)} 顺延至 ${f(s.to)}`, `${enName} moved from ${f(s.from)} to ${f(s.to)}`];
  switch (s.measure) {
    case 'working-days':
      return s.days === 0
        ? [`未占用工作日，${fromTo[0]}`, `no working time lost, ${fromTo[1]}`]
        : [
            `占用工作日 ${days(s.lost)} 个，按日末规则（TL-04）顺延 ${s.days} 个工作日，${fromTo[0]}`,
            `${days(s.lost)} working day(s) lost, moved by ${s.days} working day(s) (end of day, TL-04): ${fromTo[1]}`,
          ];
    case 'calendar-days':
      return [`占用 ${days(s.lost)} 天，顺延 ${s.days} 天（TL-03、TL-04），${fromTo[0]}`, `${days(s.lost)} day(s) lost, moved by ${s.days} day(s) (TL-03, TL-04): ${fromTo[1]}`];
    case 'business-time':
      return [`占用营业时间 ${minutes(s.lost)} 分钟，按营业时间顺延，${fromTo[0]}`, `${minutes(s.lost)} min of business time lost, added in business time: ${fromTo[1]}`];
    default:
      return [`顺延 ${minutes(s.lost)} 分钟，${fromTo[0]}`, `moved by ${minutes(s.lost)} min: ${fromTo[1]}`];
  }
}

/** Builds the full, explained view of one clock. */
export function present(cp: CompiledPolicy, ck: CompiledClock, c: ClockCore, at: number): ClockEvaluation {
  const z = cp.cal.zone;
  const f = (t: number): string => formatInstant(t, z);
  const d = (t: number | undefined): Date | undefined => (t === undefined ? undefined : new Date(t));
  const end = c.stop ?? at;
  const business = cp.cal.hasHours && c.start !== undefined ? Math.max(0, cp.cal.businessMsBetween(c.start, end) - c.pauses.reduce((s, [a, b]) => s + cp.cal.businessMsBetween(Math.max(a, c.start!), Math.max(Math.max(a, c.start!), Math.min(b, end))), 0)) : undefined;
  const natural = c.start === undefined ? 0 : Math.max(0, end - c.start - c.pausedMs);
  const running = c.state === 'running' || c.state === 'breached' || c.state === 'paused';
  // Percent of target in the limit's own measure: business time for business-time limits.
  const bizWindow = c.business && business !== undefined && c.due !== undefined && c.start !== undefined ? cp.cal.businessMsBetween(c.start, c.due) - (cp.cal.businessMsBetween(c.start, end) - business) : undefined;
  const x = c.x ?? NO_EXTRAS;
  const from = x.periodStart ?? c.start;
  const window = bizWindow ?? (c.due !== undefined && from !== undefined ? c.due - from - c.extraNat : undefined);
  const used = bizWindow !== undefined ? business! : natural;
  const label = ck.def.label ?? ck.def.name;
  const labelEn = ck.def.labelEn ?? ck.def.name;
  const rules = [...new Set<RuleId>([...ck.rules, ...(c.agreed ? (['TL-06', 'ESC-02'] as RuleId[]) : []), ...(ck.escalation.length ? (['ESC-03'] as RuleId[]) : []), ...(c.maxLimit ? (['ESC-04'] as RuleId[]) : [])])];
  const src = ck.def.source ? `，${ck.def.source}` : '';
  const zh: string[] = [`时钟“${label}”（${rules.join('、') || '—'}${src}）：`];
  const en: string[] = [`Clock "${labelEn}" (${rules.join(', ') || '—'}${ck.def.source ? `, ${ck.def.source}` : ''}): `];
  if (c.start === undefined) {
    zh.push(`尚未开始（等待 ${[...ck.start].join('/')}）。`);
    en.push(`not started (waiting for ${[...ck.start].join('/')}).`);
  } else {
    zh.push(`${f(c.start)} 开始计时`);
    en.push(`started ${f(c.start)}`);
    if (x.retro !== undefined) {
      zh.push('（按事件的 startedAt 追溯）');
      en.push(' (backdated by the event’s startedAt)');
    }
    if (x.resets.length) {
      zh.push(`（${x.resets.map(f).join('、')} 重新计时，共 ${x.resets.length} 次，此前的计时保留在记录中）`);
      en.push(` (restarted at ${x.resets.map(f).join(', ')}: ${x.resets.length} reset(s), earlier runs kept in the log)`);
    }
    if (ck.every && c.target) {
      zh.push(`，每“${limitText(c.target)}”通知一次进展（CMP-09），已更新 ${x.updates} 次${x.updates ? `，本期自 ${f(x.periodStart!)} 起` : ''}`);
      en.push(`, a progress update every "${limitText(c.target, 'en')}" (CMP-09), ${x.updates} update(s) so far${x.updates ? `, this period from ${f(x.periodStart!)}` : ''}`);
    } else if (c.target && c.due !== undefined) {
      zh.push(`，目标“${limitText(c.target)}”`);
      en.push(`, target "${limitText(c.target, 'en')}"`);
      if (c.target.immediate) {
        const grace = { amount: c.target.amount, unit: c.target.unit };
        const g = c.target.amount === 0 ? '' : `，或 ${formatTimeLimit(grace)}`;
        const ge = c.target.amount === 0 ? '' : `, or ${formatTimeLimit(grace, 'en')}`;
        zh.push(x.sameContact ? '（在同一次接触内完成，即为立即）' : `（同一次接触内完成${g}）`);
        en.push(x.sameContact ? ' (done within the same contact: on the spot)' : ` (within the same contact${ge})`);
      }
    }
    if (c.pausedMs > 0) {
      zh.push(`，暂停共 ${minutes(c.pausedMs)} 分钟`);
      en.push(`, paused ${minutes(c.pausedMs)} min in all`);
      const moved = [shiftText(x.dueShift, '截止', 'due', f), shiftText(x.maxShift, '最长时限', 'maximum', f)].filter((x) => x !== undefined);
      if (moved.length) {
        zh.push(`（${moved.map((x) => x[0]).join('；')}）`);
        en.push(` (${moved.map((x) => x[1]).join('; ')})`);
      } else {
        zh.push('（暂停都在截止之后开始，期限不变）');
        en.push(' (every pause began after the deadline, which does not move)');
      }
    }
    if (c.agreed) {
      zh.push(`，与客户约定完成时间 ${f(c.agreed.t)}${c.agreed.reason ? `（${c.agreed.reason}）` : ''}，作为新的升级时限（TL-06）`);
      en.push(`, completion re-agreed for ${f(c.agreed.t)}${c.agreed.reason ? ` (${c.agreed.reason})` : ''} as the new escalation deadline (TL-06)`);
    }
    if (c.due !== undefined) {
      zh.push(`，截止 ${f(c.due)}`);
      en.push(`, due ${f(c.due)}`);
    }
    if (c.max !== undefined && c.maxLimit) {
      zh.push(`，最长“${limitText(c.maxLimit)}”至 ${f(c.max)}`);
      en.push(`, maximum "${limitText(c.maxLimit, 'en')}" at ${f(c.max)}`);
    }
    zh.push(`。状态：${STATE_ZH[c.state]}${c.stop !== undefined ? `（${f(c.stop)} ${c.state === 'cancelled' ? '撤销' : '完成'}）` : ''}${c.overMax ? '，已超过最长时限' : ''}`);
    en.push(`. State: ${c.state}${c.stop !== undefined ? ` (stopped ${f(c.stop)})` : ''}${c.overMax ? ', past the maximum' : ''}`);
    const reached = c.escalations.filter((e) => e.reached);
    for (const e of c.escalations) {
      const d = e.delivered;
      if (!d || (d.at === e.at && d.to === 'office')) continue;
      if (d.to === 'duty-officer') {
        zh.push(`；${e.label ?? e.name} 的通知于 ${f(e.at)} 送总值班，${f(d.handOverAt!)} 上班时转交（CAL-06）`);
        en.push(`; the ${e.name} notice goes to the duty officer at ${f(e.at)}, handed over at ${f(d.handOverAt!)} (CAL-06)`);
      } else {
        zh.push(`；${e.label ?? e.name} 于 ${f(e.at)} 触发，通知在 ${f(d.at)} 上班时送达（CAL-06）`);
        en.push(`; ${e.name} fires at ${f(e.at)}, its notice is delivered when the office opens at ${f(d.at)} (CAL-06)`);
      }
    }
    if (reached.length) {
      zh.push(`；已升级：${reached.map((e) => `${e.label ?? e.name}（${f(e.at)} 起）`).join('、')}`);
      en.push(`; escalated: ${reached.map((e) => `${e.name} (from ${f(e.at)})`).join(', ')}`);
    }
    zh.push('。');
    en.push('.');
    if (c.provisional) {
      const from = cp.cal.label(c.provisional.from);
      const until = cp.cal.label(c.provisional.until);
      zh.push(`其中用到未发布放假安排的日子（${from} 至 ${until}），结果为推算（provisional，CAL-02）。`);
      en.push(` Days ${from} to ${until} have no published arrangement yet: the answer is provisional (CAL-02).`);
    }
  }
  const out: ClockEvaluation = {
    name: ck.def.name,
    ...(ck.def.label ? { label: ck.def.label } : {}),
    state: c.state,
    ...(c.start !== undefined ? { startedAt: new Date(c.start) } : {}),
    ...(c.stop !== undefined ? { stoppedAt: new Date(c.stop) } : {}),
    ...(c.target ? { targetLimit: limitText(c.target) } : {}),
    ...(c.maxLimit ? { maxLimit: limitText(c.maxLimit) } : {}),
    ...(c.due !== undefined ? { due: d(c.due)! } : {}),
    ...(c.max !== undefined ? { max: d(c.max)! } : {}),
    ...(c.agreed ? { agreed: Object.freeze({ due: new Date(c.agreed.t), ...(c.agreed.reason ? { reason: c.agreed.reason } : {}) }) } : {}),
    elapsed: Object.freeze({ natural, ...(business !== undefined ? { business } : {}) }),
    ...(running && c.due !== undefined
      ? {
          remaining: Object.freeze({
            natural: c.due - at,
            ...(cp.cal.hasHours ? { business: at <= c.due ? cp.cal.businessMsBetween(at, c.due) : -cp.cal.businessMsBetween(c.due, at) } : {}),
          }),
        }
      : {}),
    ...(window !== undefined && window > 0 ? { percentOfTarget: Math.round((used / window) * 10_000) / 100 } : {}),
    paused: c.pausedMs,
    overMax: c.overMax,
    warnings: Object.freeze(c.warnings.map((w) => Object.freeze({ name: w.name, at: new Date(w.at), reached: w.reached }))),
    escalations: Object.freeze(
      c.escalations.map((e) =>
        Object.freeze({
          name: e.name,
          ...(e.label ? { label: e.label } : {}),
          at: new Date(e.at),
          reached: e.reached,
          ...(e.delivered ? { delivery: Object.freeze({ at: new Date(e.delivered.at), to: e.delivered.to!, ...(e.delivered.handOverAt !== undefined ? { handOverAt: new Date(e.delivered.handOverAt) } : {}) }) } : {}),
        }),
      ),
    ),
    ...(c.level ? { level: c.level } : {}),
    ...(c.next !== undefined ? { nextChangeAt: new Date(c.next) } : {}),
    provisional: c.provisional !== undefined,
    ...(x.resets.length ? { resets: Object.freeze(x.resets.map((t) => new Date(t))) } : {}),
    ...(ck.every ? { updates: x.updates, periodStartedAt: new Date(x.periodStart!) } : {}),
    rules: Object.freeze(rules),
    explanation: Object.freeze({ 'zh-CN': zh.join(''), en: en.join('') } as LocalizedText),
  };
  return Object.freeze(out);
}
