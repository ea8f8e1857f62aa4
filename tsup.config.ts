import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The holiday data and its version are inlined at build time: one data
// version per release, and no JSON import at run time (browsers, edge).
const inlineData = [/^chinese-days\/(dist\/chinese-days\.json|package\.json)$/];

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
    noExternal: inlineData,
    external: ['chinese-days', 'zod', /^node:/],
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
    noExternal: inlineData,
    external: ['chinese-days', 'zod'],
  },
]);
