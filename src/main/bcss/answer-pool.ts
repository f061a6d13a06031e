// A small pool of worker threads that read answers: a big or hostile answer costs a worker's time, never the
// main thread's, so every other call (IPC, the browser host's API) keeps answering while it is read.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentSpec, EnvelopeContent, ReadJob, ReadOutcome } from './answer-reader';
import { MalformedXml, type XmlNode } from './xml';

const POOL_SIZE = 2;

interface Pending {
  job: ReadJob;
  resolve: (value: EnvelopeContent) => void;
  reject: (error: unknown) => void;
}

type WorkerStarter = () => Worker;

/** Set by tests and tsx scripts, which run the sources: there is no built worker beside them. */
let sourceWorker: WorkerStarter | null = null;

/** Tests and benchmarks: how to start the worker from its source (src/test-support/answer-worker-source.ts). */
export function useSourceWorker(start: WorkerStarter): void {
  sourceWorker = start;
}

/**
 * The worker: the built script beside the bundle (out/main/answer-worker.js, an entry of electron.vite.config.ts;
 * shared code may sit one level down in chunks/). The app carries no way to run the TypeScript source, so a
 * missing script is a broken installation, said as such.
 */
function startWorker(): Worker {
  for (const candidate of ['./answer-worker.js', '../answer-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return new Worker(url);
  }
  if (sourceWorker) return sourceWorker();
  throw new Error('answer-worker.js is missing beside the app: reinstall the application');
}

class ReaderPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  #started = 0;

  read(job: ReadJob): Promise<EnvelopeContent> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#started < POOL_SIZE ? this.#spawn() : null);
      if (!worker) return;
      const pending = this.#queue.shift()!;
      this.#busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.job);
    }
  }

  #spawn(): Worker {
    const worker = startWorker();
    this.#started++;
    worker.on('message', (outcome: ReadOutcome) => {
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      // An idle worker does not keep the process alive.
      worker.unref();
      this.#idle.push(worker);
      if (pending) {
        if (outcome.ok) pending.resolve(outcome.value);
        else pending.reject(new MalformedXml(outcome.reason, outcome.detail));
      }
      this.#next();
    });
    let gone = false;
    const lost = (error: unknown) => {
      if (gone) return;
      gone = true;
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      const at = this.#idle.indexOf(worker);
      if (at >= 0) this.#idle.splice(at, 1);
      this.#started--;
      // A worker that died reading (out of memory, say) refuses that answer; the next job gets a new one.
      pending?.reject(new MalformedXml('not-xml', `the reader stopped: ${String(error)}`));
      this.#next();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(`exit ${code}`));
    return worker;
  }
}

let pool: ReaderPool | null = null;

/** Reads a SOAP answer (envelope, answer element or fault) in a worker. */
export function readEnvelopeOffThread(xml: string, spec: DocumentSpec): Promise<EnvelopeContent> {
  pool ??= new ReaderPool();
  return pool.read({ kind: 'envelope', xml, spec });
}

/** Reads a document carried inside an answer (SSDN's reply) in a worker. */
export async function readDocumentOffThread(xml: string, spec: DocumentSpec): Promise<XmlNode> {
  pool ??= new ReaderPool();
  const content = await pool.read({ kind: 'document', xml, spec });
  if (content.kind !== 'answer') throw new MalformedXml('unexpected', `no ${spec.element.name}`);
  return content.element;
}
