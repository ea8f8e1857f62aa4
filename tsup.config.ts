import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The holiday data ships as compact literals (src/calendar/_lib/officialYears.ts and
// officialNotices.ts, generated from the State Council's notices in src/calendar/notices
// by test/tools/gen-calendar-data.ts): no JSON, no text files and no chinese-days code
// at run time (browsers, edge).

const entry = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'errors/index': 'src/errors/index.ts',
  'time-limit/index': 'src/time-limit/index.ts',
  'appraisal/index': 'src/appraisal/index.ts',
  'sla/index': 'src/sla/index.ts',
  'presets/index': 'src/presets/index.ts',
  'meeting/index': 'src/meeting/index.ts',
  'conduct/index': 'src/conduct/index.ts',
  'complaint/index': 'src/complaint/index.ts',
  'duty/index': 'src/duty/index.ts',
  'cli/index': 'src/cli/index.ts',
  // The worker thread of `check-complaints --jobs N`, loaded by path from beside the cli build (not an export).
  'cli/complaints-worker': 'src/cli/complaintsWorker.ts',
};

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', /^node:/],
  },
  {
    // Node's own build ("node" export condition): zod bundled and tree-shaken
    // into it. Importing the zod package in Node loads all of its locale
    // modules (≈ 70 ms, 2.5× chinese-days' whole cold start); bundled, only what
    // guifan uses is loaded. Bundlers for browsers and edge runtimes resolve the
    // default builds above, where zod stays external and tree-shakes per import.
    entry,
    format: ['esm', 'cjs'],
    dts: false,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    outDir: 'dist/node',
    target: 'node18',
    platform: 'node',
    noExternal: ['zod'],
    external: [/^node:/],
  },
  {
    // The `guifan` command (Node only), and the script of its --jobs workers beside it; each file whole (no shared chunks
    // among the library's).
    entry: { bin: 'src/cli/bin.ts', 'complaints-worker': 'src/cli/complaintsWorker.ts' },
    format: ['esm'],
    splitting: false,
    dts: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __GUIFAN_VERSION__: JSON.stringify(version) },
    external: ['zod'],
  },
]);
