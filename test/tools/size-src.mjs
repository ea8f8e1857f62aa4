// Bundles a SOURCE entry (src/…, or an inline list of exports) with esbuild
// (bundle, minify, esm, browser) and prints minified + gzip -9 sizes and the
// minified bytes per input file, to find what rides on a path.
// Usage: node test/tools/size-src.mjs "export { evaluateCase } from './src/sla/index'; export { PROPERTY_SERVICE_CENTRE } from './src/presets/index';" [top=40]
import { build } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLE } from '../size/measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const contents = process.argv[2] ?? "export * from './src/index';";
const top = Number(process.argv[3] ?? 40);
const r = await build({ ...BUNDLE, stdin: { contents, resolveDir: root, loader: 'ts' } });
const code = r.outputFiles[0].contents;
console.log(`minified ${(code.length / 1000).toFixed(1)} kB, gzip -9 ${(gzipSync(code, { level: 9 }).length / 1000).toFixed(1)} kB`);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs).map(([f, v]) => [relative(root, resolve(root, f)).replace(/^node_modules\//, ''), v.bytesInOutput]);
rows.sort((a, b) => b[1] - a[1]);
for (const [f, n] of rows.slice(0, top)) console.log(`${String(n).padStart(8)}  ${f}`);
