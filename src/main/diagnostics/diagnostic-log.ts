// The diagnostic log for the service desk: what the app did (starts, environment, BCSS calls with service,
// outcome and ticket, errors by code) with no personal data — each event is built from a closed list of
// fields, never from a request or an answer. JSON lines in a small set of rotating files; exportable as one.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';

export type DiagnosticEvent =
  | { kind: 'start'; version: string; host: string; platform: string }
  | { kind: 'environment'; environment: string }
  | { kind: 'policy'; status: 'none' | 'applied' | 'ignored'; reason?: string }
  | { kind: 'call'; service: string; environment: string; outcome: string; ticket: string | null }
  | { kind: 'error'; code: string };

export interface DiagnosticLog {
  record(event: DiagnosticEvent): void;
  /** Every file, oldest first, as one text (the export). */
  exportText(): string;
  readonly dir: string;
}

/** Codes and names only: anything else (a free text that could carry a name) is replaced. */
const SAFE = /^[A-Za-z0-9 _.:/-]{0,80}$/;
const TICKET = /^[A-Za-z0-9-]{1,80}$/;
const safe = (value: string) => (SAFE.test(value) ? value : '(other)');

function sanitize(event: DiagnosticEvent): Record<string, string | null> {
  switch (event.kind) {
    case 'start':
      return {
        kind: 'start',
        version: safe(event.version),
        host: safe(event.host),
        platform: safe(event.platform),
      };
    case 'environment':
      return { kind: 'environment', environment: safe(event.environment) };
    case 'policy':
      return {
        kind: 'policy',
        status: event.status,
        reason: event.reason ? safe(event.reason) : null,
      };
    case 'call':
      return {
        kind: 'call',
        service: safe(event.service),
        environment: safe(event.environment),
        outcome: safe(event.outcome),
        ticket: event.ticket && TICKET.test(event.ticket) ? event.ticket : null,
      };
    case 'error':
      return { kind: 'error', code: safe(event.code) };
  }
}

export function createDiagnosticLog(options: {
  dir: string;
  maxBytes?: number;
  files?: number;
  now?: () => Date;
}): DiagnosticLog {
  const maxBytes = options.maxBytes ?? 512 * 1024;
  const files = options.files ?? 4;
  const now = options.now ?? (() => new Date());
  const file = (index: number) =>
    join(options.dir, index === 0 ? 'diagnostic.log' : `diagnostic.${index}.log`);

  const rotate = () => {
    rmSync(file(files - 1), { force: true });
    for (let index = files - 2; index >= 0; index--)
      if (existsSync(file(index))) renameSync(file(index), file(index + 1));
  };

  return {
    dir: options.dir,
    record(event) {
      try {
        mkdirSync(options.dir, { recursive: true });
        if (existsSync(file(0)) && statSync(file(0)).size >= maxBytes) rotate();
        appendFileSync(
          file(0),
          JSON.stringify({ at: now().toISOString(), ...sanitize(event) }) + '\n',
        );
      } catch {
        // The diagnostic log never stops the app.
      }
    },
    exportText() {
      const parts: string[] = [];
      for (let index = files - 1; index >= 0; index--)
        if (existsSync(file(index))) parts.push(readFileSync(file(index), 'utf8'));
      return parts.join('');
    },
  };
}
