import type { LocalizedText } from '../../errors/types';

/**
 * Why a JSON text could not be read, in both languages. The engine's message
 * is English (and differs between Node versions), so the Chinese text says
 * where, from the position the engine names, instead of quoting it.
 */
export function jsonErrorText(e: unknown): LocalizedText {
  const m = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(m);
  const zh = /Unexpected end of JSON input|Unterminated string/.test(m) && !pos ? '内容不完整' : pos ? `第 ${Number(pos[1]) + 1} 个字符处有误` : '无法解析';
  return { 'zh-CN': `JSON 格式错误：${zh}`, en: `invalid JSON: ${m}` };
}
