// Entry of the browser page: bundled by esbuild against dist/ (guifan as a user gets it).
import * as g from 'guifan';
import { answers, host } from './answers.mjs';

const out = document.getElementById('out');
try {
  out.textContent = JSON.stringify({ host: host(), answers: answers(g) });
} catch (e) {
  out.textContent = JSON.stringify({ host: host(), failure: `${e && e.name}: ${e && e.message}\n${e && e.stack}` });
}
