import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

declare const __GUIFAN_VERSION__: string;

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  // '-' is standard input (check-complaints)
  readFile: (p) => readFileSync(p === '-' ? 0 : p, 'utf8'),
  now: () => new Date(),
  version: __GUIFAN_VERSION__,
});
