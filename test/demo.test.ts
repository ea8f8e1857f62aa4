import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run demo` runs the example on the built package; `npm test` builds before testing.
const root = join(__dirname, '..');
describe.skipIf(!existsSync(join(root, 'dist', 'index.js')))('npm run demo', () => {
  it('CMP-08 the bundled example prints real deadlines across the 2026 National Day holiday', () => {
    const out = execFileSync(process.execPath, [join(root, 'examples', 'national-day-2026.mjs')], { encoding: 'utf8' });
    expect(out).toContain('TS-20260930-001');
    expect(out).toMatch(/1个工作日内答复\s*　*\s*→ 2026-10-08（周四）24:00/);
    expect(out).toMatch(/最长不得超过3个工作日\s*　*\s*→ 2026-10-10（周六）24:00/);
    expect(out).toContain('2026-09-30（星期三）');
  });
});
