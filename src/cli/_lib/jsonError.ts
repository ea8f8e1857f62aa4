import type { LocalizedText } from '../../errors/types';

/**
 * Why a JSON text could not be read, in both languages. The engine's own
 * message is English and differs between Node versions, so both texts say
 * where (the character the engine names, 1-based) instead of quoting it.
 */
export function jsonErrorText(e: unknown): LocalizedText {
  const m = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(m);
  if (pos) {
    const at = Number(pos[1]) + 1;
    return { 'zh-CN': `JSON 格式错误：第 ${at} 个字符处有误`, en: `invalid JSON: error at character ${at}` };
  }
  if (/end of JSON input/i.test(m)) return { 'zh-CN': 'JSON 格式错误：内容不完整', en: 'invalid JSON: unexpected end of input' };
  return { 'zh-CN': 'JSON 格式错误', en: `invalid JSON: ${m}` };
}
