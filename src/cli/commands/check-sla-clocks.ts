import { formatInstant } from '../../_lib/formatInstant';
import type { Zone } from '../../_lib/zone';
import type { ClockEvaluation } from '../../sla/_lib/types';
import type { Finding } from '../_lib/report/index';

/**
 * `--fail-on` of check-sla: `error` (default), `warning`, `never`, and the
 * earlier spellings `breached` (= `error`) and `over-max` (only clocks past
 * their hard maximum fail: a breach within it is reported as a warning).
 */
export function slaFailOn(v: string | undefined): { level: 'error' | 'warning' | 'never'; breachSeverity: 'error' | 'warning' } {
  if (v === undefined || v === 'error' || v === 'breached') return { level: 'error', breachSeverity: 'error' };
  if (v === 'over-max') return { level: 'error', breachSeverity: 'warning' };
  if (v === 'warning' || v === 'never') return { level: v, breachSeverity: 'error' };
  throw new RangeError(v);
}

/**
 * The findings of one clock (path `clocks.<name>`, rule: the clock's first
 * rule): past its hard maximum (ESC-04) — `CLOCK_OVER_MAX`; breached —
 * `CLOCK_BREACHED`; stopped after its deadline — `CLOCK_MET_LATE`; still
 * running past a warning threshold — `CLOCK_WARNING` (a warning).
 */
export function clockFindings(k: ClockEvaluation, zone: Zone, breach: 'error' | 'warning'): Finding[] {
  const due = k.due === undefined ? '—' : formatInstant(k.due.getTime(), zone);
  const max = k.max === undefined ? '—' : formatInstant(k.max.getTime(), zone);
  const path = ['clocks', k.name];
  const rule = k.rules[0];
  const level = k.level ? { zh: `，已升级至 ${k.level}`, en: `, escalated to ${k.level}` } : { zh: '', en: '' };
  if (k.overMax) return [{ code: 'CLOCK_OVER_MAX', rule: 'ESC-04', severity: 'error', path, message: { 'zh-CN': `超过最长时限 ${k.maxLimit ?? ''}（${max}）${level.zh}`, en: `past the maximum ${k.maxLimit ?? ''} (${max})${level.en}` } }];
  if (k.state === 'breached') return [{ code: 'CLOCK_BREACHED', rule, severity: breach, path, message: { 'zh-CN': `已超时，期限 ${due}${level.zh}`, en: `breached, due ${due}${level.en}` } }];
  if (k.state === 'met-late') return [{ code: 'CLOCK_MET_LATE', rule, severity: breach, path, message: { 'zh-CN': `超时完成，期限 ${due}${level.zh}`, en: `met late, due ${due}${level.en}` } }];
  const warned = k.state === 'running' ? k.warnings.filter((w) => w.reached) : [];
  if (warned.length) {
    const w = warned[warned.length - 1]!;
    return [{ code: 'CLOCK_WARNING', rule, severity: 'warning', path, message: { 'zh-CN': `已过预警点 ${w.label ?? w.name}，期限 ${due}`, en: `past its warning ${w.label ?? w.name}, due ${due}` } }];
  }
  return [];
}
