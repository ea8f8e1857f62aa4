import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The holiday data ships as compact literals (src/calendar/_lib/officialYears.ts,
// generated from chinese-days by test/tools/gen-calendar-data.mjs): no JSON and
// no chinese-days code at run time (browsers, edge).

export default defineConfig([
  {
    entry: {
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
      'cli/index': 'src/cli/index.ts',
    },
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
    // The `guifan` command (Node only).
    entry: { bin: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __GUIFAN_VERSION__: JSON.stringify(version) },
    external: ['zod'],
  },
]);
