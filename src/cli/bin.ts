import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './runCli';

declare const __GUIFAN_VERSION__: string;

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t, 'utf8'),
  now: () => new Date(),
  version: __GUIFAN_VERSION__,
});
