import type { LocalizedText } from '../../errors/types';
import type { Problem } from './report/types';

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

/**
 * A JSON document that does not parse, as a problem on the line where the
 * engine stopped (its character counted within that line).
 */
export function jsonDocumentProblem(e: unknown, file: string, text: string): Problem {
  const m = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(m);
  if (!pos) return { code: 'INVALID_JSON', file, ...(/end of JSON input/i.test(m) ? { line: text.split('\n').length } : {}), message: jsonErrorText(e) };
  const at = Number(pos[1]);
  const before = text.slice(0, at);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const col = at - before.lastIndexOf('\n');
  return { code: 'INVALID_JSON', file, line, message: { 'zh-CN': `JSON 格式错误：第 ${line} 行第 ${col} 个字符处有误`, en: `invalid JSON: error at line ${line}, character ${col}` } };
}

/** A line of NDJSON that does not parse, as a problem on that line. */
export const jsonLineProblem = (e: unknown, file: string, line: number): Problem => ({ code: 'INVALID_JSON', file, line, message: jsonErrorText(e) });
