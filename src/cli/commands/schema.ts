import type { Locale } from '../../errors/types';
import { jsonSchemaOf, PUBLIC_SCHEMAS } from '../_lib/schemas';

/**
 * `guifan schema <name>` prints a public model's JSON Schema; `--list` names
 * them; `--out DIR` writes every one as `DIR/<name>.json` (the package build
 * uses it for `guifan/schemas/*.json`). Unknown name: exit 2.
 */
export function schemaCommand(
  args: readonly string[],
  opts: { list?: boolean; out?: string | undefined },
  lang: Locale,
  io: { stdout(t: string): void; stderr(t: string): void; writeFile?: ((path: string, text: string) => void) | undefined },
): number {
  const names = Object.keys(PUBLIC_SCHEMAS);
  if (opts.list || (!args.length && !opts.out)) {
    for (const n of names) io.stdout(`${n}\t${PUBLIC_SCHEMAS[n]!.title}`);
    return args.length || opts.list ? 0 : 2;
  }
  if (opts.out !== undefined) {
    if (!io.writeFile) {
      io.stderr(lang === 'en' ? 'this host cannot write files' : '当前环境不能写文件');
      return 2;
    }
    for (const n of args.length ? args : names) {
      const json = jsonSchemaOf(n);
      if (!json) return unknown(n, names, lang, io);
      io.writeFile(`${opts.out.replace(/\/$/, '')}/${n}.json`, `${JSON.stringify(json, null, 2)}\n`);
    }
    return 0;
  }
  if (args.length !== 1) {
    io.stderr(lang === 'en' ? 'schema needs one <name> (or --list)' : 'schema 需要一个名称（或 --list）');
    return 2;
  }
  const json = jsonSchemaOf(args[0]!);
  if (!json) return unknown(args[0]!, names, lang, io);
  io.stdout(JSON.stringify(json, null, 2));
  return 0;
}

function unknown(name: string, names: readonly string[], lang: Locale, io: { stderr(t: string): void }): number {
  io.stderr(lang === 'en' ? `No schema named '${name}'. Known: ${names.join(', ')}` : `没有名为“${name}”的模式。可用：${names.join('、')}`);
  return 2;
}
