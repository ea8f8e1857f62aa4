import { GuifanError } from '../errors/GuifanError';
import type { CliIo } from './io';

const bad = (path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError => new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });

/**
 * The arguments of runCli, checked: a host that embeds the CLI gets a
 * GuifanError for a bad call, never a TypeError from deep inside (issue 10).
 */
export function checkCliArgs(argv: unknown, io: unknown): asserts io is CliIo {
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw bad('argv', argv, '应为字符串数组', 'expected an array of strings');
  if (typeof io !== 'object' || io === null) throw bad('io', io, '应为 { stdout, stderr, readFile, now, version }', 'expected { stdout, stderr, readFile, now, version }');
  const o = io as Record<string, unknown>;
  for (const k of ['stdout', 'stderr', 'readFile', 'now']) if (typeof o[k] !== 'function') throw bad(`io.${k}`, o[k], '应为函数', 'expected a function');
  for (const k of ['readLines', 'readChunks', 'writeFile', 'appendFile']) if (o[k] !== undefined && typeof o[k] !== 'function') throw bad(`io.${k}`, o[k], '应为函数', 'expected a function');
  if (o.env !== undefined && (typeof o.env !== 'object' || o.env === null)) throw bad('io.env', o.env, '应为对象', 'expected an object');
  if (typeof o.version !== 'string') throw bad('io.version', o.version, '应为字符串', 'expected a string');
}
