// Runs the whole test suite under each time zone of the developers' guide and
// checks that the calendar digest is identical under all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'];
const dir = mkdtempSync(join(tmpdir(), 'guifan-tz-'));
let failed = false;
let passed = 0;
let failedCount = 0;
let skipped = 0;
for (const tz of zones) {
  console.log(`\n=== TZ=${tz} ===`);
  const report = join(dir, `report-${tz.replace(/\//g, '_')}.json`);
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz, GUIFAN_TZ_DIGEST_DIR: dir },
  });
  if (r.status !== 0) {
    console.error(`Tests failed under TZ=${tz}`);
    failed = true;
  }
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failedCount += j.numFailedTests;
    skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  } catch {
    failed = true;
    failedCount += 1;
  }
  rmSync(report, { force: true });
}
const digests = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
rmSync(dir, { recursive: true, force: true });
if (digests.length !== zones.length) {
  console.error(`Expected ${zones.length} digests, got ${digests.length}`);
  failed = true;
} else if (new Set(digests.map(([, d]) => d)).size !== 1) {
  console.error('Answers differ between time zones:', digests);
  failed = true;
} else {
  console.log(`\nTZ matrix: identical answers under ${zones.join(', ')} (${digests[0][1].slice(0, 16)}…)`);
}
if (failed && failedCount === 0) failedCount = 1;
console.log(`${passed} passed, ${failedCount} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
