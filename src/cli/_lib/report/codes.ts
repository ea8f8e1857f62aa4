import type { LocalizedText } from '../../../errors/types';

/**
 * The codes the command line itself reports (the library's issue codes are
 * described by their rule): what each means, in both languages.
 */
export const CLI_CODES: Readonly<Record<string, LocalizedText>> = Object.freeze({
  INVALID_JSON: { 'zh-CN': '这一行（或文件）不是 JSON（RFC 8259），无法检查', en: 'The line (or file) is not JSON (RFC 8259) and cannot be checked' },
  INVALID_UTF8: { 'zh-CN': '这一行含有无效的 UTF-8 字节（RFC 8259 §8.1），未检查', en: 'The line holds bytes that are not UTF-8 (RFC 8259 §8.1) and is not checked' },
  INVALID_INPUT: { 'zh-CN': '记录的结构不符合 guifan 的模型（见 guifan schema），未检查', en: 'The record does not have the shape of guifan’s model (see guifan schema) and is not checked' },
  FILE_UNREADABLE: { 'zh-CN': '文件无法读取（不存在、是目录或没有权限）', en: 'The file cannot be read (missing, a directory, or no permission)' },
  USAGE: { 'zh-CN': '命令用法错误', en: 'Bad usage of the command' },
  CLOCK_BREACHED: { 'zh-CN': 'SLA 时钟已超过期限仍未完成', en: 'An SLA clock is past its deadline and still running' },
  CLOCK_MET_LATE: { 'zh-CN': 'SLA 时钟超过期限后才完成', en: 'An SLA clock stopped after its deadline' },
  CLOCK_OVER_MAX: { 'zh-CN': 'SLA 时钟超过了最长时限', en: 'An SLA clock is past its hard maximum' },
  CLOCK_WARNING: { 'zh-CN': 'SLA 时钟已过预警点，期限将到', en: 'An SLA clock has passed a warning threshold before its deadline' },
  TARGET_NOT_MET: { 'zh-CN': '指标未达到目标', en: 'A metric misses its target' },
});
