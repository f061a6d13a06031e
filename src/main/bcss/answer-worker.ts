// The reader pool's worker: reads one answer (or an SSDN reply document) per message, off the main thread.
import { parentPort } from 'node:worker_threads';
import { readDocument, readEnvelope, type ReadJob, type ReadOutcome } from './answer-reader';
import { MalformedXml } from './xml';

parentPort!.on('message', (job: ReadJob) => {
  let outcome: ReadOutcome;
  try {
    outcome = {
      ok: true,
      value:
        job.kind === 'envelope'
          ? readEnvelope(job.xml, job.spec)
          : { kind: 'answer', element: readDocument(job.xml, job.spec) },
    };
  } catch (error) {
    outcome =
      error instanceof MalformedXml
        ? { ok: false, reason: error.reason, detail: error.detail }
        : { ok: false, reason: 'not-xml', detail: String(error) };
  }
  parentPort!.postMessage(outcome);
});
