// Feeds N NDJSON lines through a pipe into the built guifan binary; prints exit code, time and peak RSS.
// Default: check-sla cases; `opts.args` (the guifan arguments), `opts.line` (k => one line) and `opts.node` (node flags) change it.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const slaCase = (k) => `{"id":"C-${k}","attributes":{"kind":"complaint","complexity":"general"},"events":[{"type":"received","at":"2026-09-30T${String(k % 24).padStart(2, '0')}:00+08:00"}]}`;
module.exports = function feed(n, root, opts = {}) {
  const args = opts.args ?? ['check-sla', '-', '--at', '2026-10-01T12:00+08:00', '--format', 'github'];
  const line = opts.line ?? slaCase;
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [...(opts.node ?? []), '-r', join(root, 'test/ci/_maxrss.cjs'), join(root, 'dist/bin.js'), ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    let i = 0;
    const write = () => {
      let ok = true;
      while (i < n && ok) ok = child.stdin.write(`${line(i++)}\n`);
      if (i < n) child.stdin.once('drain', write);
      else child.stdin.end();
    };
    write();
    child.on('close', (code) => {
      const m = /guifan-maxrss-kb=(\d+)/.exec(err);
      resolve({ code, ms: Date.now() - t0, maxRssKb: m ? Number(m[1]) : undefined, stderr: err.replace(/\nguifan-maxrss-kb=\d+\n/, '') });
    });
  });
};
if (require.main === module) module.exports(Number(process.argv[2] ?? 1e6), join(__dirname, '..', '..')).then((r) => console.log(r));
