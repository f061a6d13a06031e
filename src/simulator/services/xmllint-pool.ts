// Runs xmllint (xmllint-wasm's WebAssembly build) in long-lived worker threads: compiled once, then a few milliseconds per validation.
//
// Why not xmllint-wasm's validateXML: it starts a worker and instantiates the module for every call,
// 200-400 ms each, which the simulator would add to every answer. This pool drives the same Emscripten
// module (xmllint-node.js) directly; when that internal file cannot be loaded (a package update moved
// it), `runXmllint` falls back to the library's public validateXML.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

export interface XmllintJob {
  /** The document and every schema file, as xmllint's in-memory file system will hold them. */
  inputFiles: XMLFileInfo[];
  args: string[];
  initialMemoryPages: number;
  maxMemoryPages: number;
}

export interface XmllintResult {
  exitCode: number;
  stderr: string;
}

const JOB_KIND = 'inquiry-desk-xmllint';

// The worker's source: plain CommonJS evaluated in the thread (no build step, works under tsx and vitest).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const factory = require(workerData.modulePath);
const compiled = new WebAssembly.Module(
  fs.readFileSync(path.join(path.dirname(workerData.modulePath), 'xmllint.wasm')),
);
parentPort.on('message', (job) => {
  if (!job || job.kind !== '${JOB_KIND}') return;
  let stderr = '';
  let done = false;
  const finish = (exitCode) => {
    if (done) return;
    done = true;
    parentPort.postMessage({ kind: '${JOB_KIND}', id: job.id, exitCode, stderr });
  };
  factory({
    inputFiles: job.inputFiles,
    arguments: job.args,
    print: () => {},
    printErr: (text) => { stderr += text + '\\n'; },
    onExit: finish,
    onAbort: (reason) => { stderr += 'WASM Abort: ' + reason + '\\n'; finish(-1); },
    wasmMemory: new WebAssembly.Memory({ initial: job.initialMemoryPages, maximum: job.maxMemoryPages }),
    instantiateWasm: (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => receive(instance, compiled),
        (error) => { stderr += String(error) + '\\n'; finish(-2); },
      );
      return {};
    },
  }).catch((error) => { stderr += String(error) + '\\n'; finish(-2); });
});
`;

interface Pending {
  resolve: (result: XmllintResult) => void;
  reject: (error: Error) => void;
}

class PooledWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;

  constructor(modulePath: string, onGone: (w: PooledWorker) => void) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath } });
    // An idle pool must not keep a process (a CLI, a test run) alive.
    this.worker.unref();
    this.worker.on(
      'message',
      (message: { kind?: string; id: number; exitCode: number; stderr: string }) => {
        if (message?.kind !== JOB_KIND) return;
        const job = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (this.pending.size === 0) this.worker.unref();
        job?.resolve({ exitCode: message.exitCode, stderr: message.stderr });
      },
    );
    const fail = (error: Error) => {
      onGone(this);
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`xmllint worker exited (${code})`)));
  }

  run(id: number, job: XmllintJob): Promise<XmllintResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ kind: JOB_KIND, id, ...job });
    });
  }
}

const POOL_SIZE = Math.max(1, Math.min(4, availableParallelism() - 1));
const pool: PooledWorker[] = [];
let nextId = 0;
let modulePath: string | null | undefined;

/** Runs one xmllint invocation; resolves with its exit code and error output. */
export async function runXmllint(job: XmllintJob): Promise<XmllintResult> {
  const path = xmllintModulePath();
  if (path === null) return runWithLibrary(job);
  let worker = pool.length < POOL_SIZE ? undefined : leastBusy();
  if (!worker) {
    worker = new PooledWorker(path, (gone) => {
      const at = pool.indexOf(gone);
      if (at >= 0) pool.splice(at, 1);
    });
    pool.push(worker);
  }
  return worker.run(++nextId, job);
}

function leastBusy(): PooledWorker | undefined {
  return pool.reduce<PooledWorker | undefined>(
    (best, w) => (best === undefined || w.pending.size < best.pending.size ? w : best),
    undefined,
  );
}

function xmllintModulePath(): string | null {
  if (modulePath === undefined) {
    try {
      modulePath = createRequire(import.meta.url).resolve('xmllint-wasm/xmllint-node.js');
    } catch {
      modulePath = null;
    }
  }
  return modulePath;
}

/** The library's own path: slower, but independent of its internal file layout. */
async function runWithLibrary(job: XmllintJob): Promise<XmllintResult> {
  const [document, schema, ...preload] = job.inputFiles;
  if (!document || !schema) throw new Error('xmllint job without document or schema');
  try {
    const result = await validateXML({
      xml: document,
      schema,
      preload,
      initialMemoryPages: job.initialMemoryPages,
      maxMemoryPages: job.maxMemoryPages,
    });
    return { exitCode: result.valid ? 0 : 3, stderr: result.rawOutput };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      exitCode: typeof code === 'number' ? code : -1,
      stderr: String((error as Error).message),
    };
  }
}
