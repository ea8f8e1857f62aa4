import { parentPort, workerData } from 'node:worker_threads';
import type { CheckerSettings } from './commands/complaints/checker';
import { createWorkerPart, type ToWorker } from './commands/complaints/worker';
import { tempFile } from './tempFile';

// The script of a `check-complaints --jobs N` worker thread (built beside the command: dist/complaints-worker.js, and
// in the library's cli build, ESM and CommonJS). It answers the command's messages until the command ends it.

const data = workerData as { settings: CheckerSettings; file: string; tempDir: string | undefined };
const port = parentPort!;
const handle = createWorkerPart(data.settings, data.file, (m) => port.postMessage(m), data.tempDir === undefined ? undefined : () => tempFile(data.tempDir));
port.on('message', (m: ToWorker) => handle(m));
