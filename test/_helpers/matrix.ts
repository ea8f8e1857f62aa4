// The time-zone matrix (test/run-tz-matrix.mjs, `npm run test:tz`) runs the whole suite under four
// zones. A check whose answer cannot depend on the zone and that costs seconds (timing how cost grows,
// sweeping every option of every export) runs once: under Asia/Shanghai, or whenever run outside the matrix.
export const ONCE_PER_MATRIX = process.env.GUIFAN_TZ_DIGEST_DIR === undefined || process.env.TZ === 'Asia/Shanghai';
