import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'errors/index': 'src/errors/index.ts',
    'time-limit/index': 'src/time-limit/index.ts',
    'appraisal/index': 'src/appraisal/index.ts',
    'sla/index': 'src/sla/index.ts',
    'presets/index': 'src/presets/index.ts',
    'meeting/index': 'src/meeting/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // The holiday data and its version are inlined at build time: one data
  // version per release, and no JSON import at run time (browsers, edge).
  noExternal: [/^chinese-days\/(dist\/chinese-days\.json|package\.json)$/],
  external: ['chinese-days', 'zod'],
});
