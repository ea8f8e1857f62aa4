import type { LocalizedText } from '../../../errors/types';
import type { Problem } from '../report/types';

const REASONS: Record<string, LocalizedText> = {
  ENOENT: { 'zh-CN': '文件不存在', en: 'no such file' },
  EISDIR: { 'zh-CN': '是目录，不是文件', en: 'is a directory, not a file' },
  EACCES: { 'zh-CN': '没有读取权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '不允许读取', en: 'operation not permitted' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是目录', en: 'a part of the path is not a directory' },
  EMFILE: { 'zh-CN': '打开的文件太多', en: 'too many open files' },
  EIO: { 'zh-CN': '读取时发生 I/O 错误', en: 'I/O error while reading' },
};

/** The operating system's code of an error thrown while reading (`ENOENT`, `EISDIR` …), if it is one. */
export function ioCodeOf(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A file that cannot be read, as a problem: one line naming the file and the reason (exit 2). */
export function fileProblem(file: string, code: string): Problem {
  const r = REASONS[code] ?? { 'zh-CN': `无法读取（${code}）`, en: `cannot be read (${code})` };
  return { code: 'FILE_UNREADABLE', file, reason: code, message: { 'zh-CN': `${r['zh-CN']}（${code}）`, en: `${r.en} (${code})` } };
}

/** Thrown by the input readers when a file cannot be read; the commands report it in their format. */
export class InputError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message.en);
    this.problem = problem;
  }
}

/** Runs `read`, turning an I/O error of `file` into an {@link InputError}. */
export function guarded<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const code = ioCodeOf(e);
    if (code !== undefined && !(e instanceof InputError)) throw new InputError(fileProblem(file, code));
    throw e;
  }
}
