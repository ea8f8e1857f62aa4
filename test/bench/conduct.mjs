// checkServiceLanguage throughput (SVC-02), beside a naive reference in the
// same run: String#indexOf for every phrase of both lists, with no
// normalization, no allowed contexts and no offsets — the least a checker can do.
import { checkServiceLanguage, SERVICE_LANGUAGE_LISTS } from '../../dist/index.js';

// Service speech as transcripts have it: mostly polite, one rude line in about twenty.
const POLITE = [
  '您好，物业服务中心，请问有什么可以帮您？',
  '不好意思，让您久等了，师傅大约二十分钟就到。',
  '您还有哪里不清楚吗？我们会在三个工作日内给您答复。',
  '给您带来不便，敬请谅解，维修不会影响您家的正常用水。',
  '不知道您明天上午方便吗？',
  '请问您的联系电话是多少？我们核实后给您回电。',
  '维修已经完成，请您检查一下是否满意。',
  '感谢您的理解与支持，我们将不断改进服务。',
  '您的投诉内容我已详细记录，我们会尽快处理。',
  '如果再有漏水，请您随时拨打服务热线。',
];
const RUDE = ['这个问题跟我们没关系。', '不，这个不行，可是规定就是这样。'];
const SENTENCES = Array.from({ length: 40 }, (_, i) => (i % 20 === 19 ? RUDE[(i / 20) | 0] : POLITE[i % POLITE.length]));

function corpus(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('\n');
}

function naive(text) {
  let n = 0;
  for (const list of SERVICE_LANGUAGE_LISTS) {
    for (const e of list.entries) {
      const p = e.phrase.replace('…', '');
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) n++;
    }
  }
  return n;
}

const time = (fn) => {
  fn(); // warm up
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return runs.sort((a, b) => a - b)[1];
};

export function benchConduct(mb = 8) {
  const text = corpus(mb * 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n');
  let found = 0;
  const whole = time(() => (found = checkServiceLanguage(text).findings.length));
  const perLine = time(() => {
    for (const l of lines) checkServiceLanguage(l);
  });
  const ref = time(() => naive(text));
  const mbps = (ms) => bytes / 1024 / 1024 / (ms / 1000);
  return { mb: bytes / 1024 / 1024, found, whole: mbps(whole), perLine: mbps(perLine), naive: mbps(ref) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchConduct();
  console.log(`checkServiceLanguage on ${r.mb.toFixed(1)} MB (${r.found} findings): one text ${r.whole.toFixed(1)} MB/s, line by line ${r.perLine.toFixed(1)} MB/s (target ≥ 5 MB/s); naive indexOf reference ${r.naive.toFixed(1)} MB/s`);
}
