// Fault injection for the simulator's list server: what a file holds (truncated, malformed, a schema-invalid row) and
// how it travels (slowly, cut mid-file by a disconnect, gone between the listing and the download).
export const LIST_FAULT_KINDS = [
  'truncate',
  'malformed',
  'invalid-row',
  'slow',
  'disconnect',
  'vanish',
] as const;
export type ListFaultKind = (typeof LIST_FAULT_KINDS)[number];

export interface ListFault {
  kind: ListFaultKind;
  /** Only the files whose name contains this; every file when absent. */
  match?: string;
}

export class ListFaultSpecError extends Error {}

/** 'truncate', 'slow,match=STATEMENT', 'disconnect,match=BLOCKING': one fault and its narrowing. */
export function parseListFault(spec: string): ListFault {
  const [kind, ...options] = spec.split(',').map((part) => part.trim());
  if (!(LIST_FAULT_KINDS as readonly string[]).includes(kind ?? '')) {
    throw new ListFaultSpecError(`unknown list fault "${kind}" (${LIST_FAULT_KINDS.join(', ')})`);
  }
  const fault: ListFault = { kind: kind as ListFaultKind };
  for (const option of options) {
    const [key, value] = option.split('=');
    if (key !== 'match' || !value)
      throw new ListFaultSpecError(`unknown list fault option "${option}"`);
    fault.match = value;
  }
  return fault;
}

export function faultFor(
  faults: readonly ListFault[],
  fileName: string,
  kinds: readonly ListFaultKind[],
): ListFault | null {
  return (
    faults.find(
      (fault) => kinds.includes(fault.kind) && (!fault.match || fileName.includes(fault.match)),
    ) ?? null
  );
}

/** The bytes the server sends for a file, after the content faults. */
export function servedContent(content: string, fault: ListFault | null): Buffer {
  switch (fault?.kind) {
    case 'truncate':
      // Cut at two thirds, mid-element: what a download stopped by a full disk or a timeout leaves.
      return Buffer.from(content.slice(0, Math.floor((content.length * 2) / 3)), 'utf8');
    case 'malformed':
      return Buffer.from(content.replace('</header>', '</headr>'), 'utf8');
    case 'invalid-row':
      // A NISS with wrong check digits in the first row: valid XML, refused by the model.
      return Buffer.from(
        content.replace(
          /<ssin>(\d{9})(\d\d)<\/ssin>/,
          (_m, body: string, check: string) =>
            `<ssin>${body}${String((Number(check) + 1) % 100).padStart(2, '0')}</ssin>`,
        ),
        'utf8',
      );
    default:
      return Buffer.from(content, 'utf8');
  }
}

/** A slow transfer: this many bytes per tick. */
export const SLOW_CHUNK_BYTES = 4096;
export const SLOW_TICK_MS = 40;
