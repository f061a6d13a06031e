// The list files the simulator's file server publishes, drawn from the demo personas so they agree with the Social
// Inquiry answers (a persona whose form is blocked there is in that day's blocking list), and a seeded big month.
import { addDays, format, parseISO, subMonths } from 'date-fns';
import {
  REJECTION_CODES,
  type BlockingRow,
  type ListHeader,
  type ListKind,
  type ListLegalBasis,
  type ListRow,
  type RejectionRow,
  type StatementRow,
  type StatusChangeRow,
} from '../../shared/domain/nova-lists';
import {
  CPAS_LIST,
  DEMO_CPAS_CBE,
  DEMO_PERSONAS,
  makeNiss,
  type FormRecord,
  type Persona,
} from '../personas';
import { errorFrequencies, listClosing, listFileXml, listOpening, listRowXml } from './list-xml';

export interface ListFile {
  name: string;
  kind: ListKind;
  content: string;
}

/** A code outside the published table, so the screen shows how an unknown code looks. */
export const UNKNOWN_DEMO_CODE = 'E999';

const MONTHLY_RATE_CENTS: Record<ListLegalBasis, number> = {
  RIS: 126_317,
  LOI65: 110_000,
  ORGANIC: 45_000,
};

export function listFileName(kind: ListKind, cbe: string, stamp: string, sequence = 1): string {
  return `NOVA_${kind.toUpperCase()}_${cbe}_${stamp}_${String(sequence).padStart(3, '0')}.xml`;
}

const cpasName = (cbe: string) => CPAS_LIST.find((cpas) => cpas.cbe === cbe)?.name ?? null;
const dossierOf = (persona: Persona) => `DOS-${persona.niss.slice(6, 11)}`;

function demoForms(persona: Persona): FormRecord[] {
  return (persona.history?.forms ?? []).filter((form) => form.cpas === DEMO_CPAS_CBE);
}

/** Every form of the demo CPAS that the Social Inquiry answers as blocked is in `today`'s blocking list. */
export function blockingRows(personas: readonly Persona[], day: string): BlockingRow[] {
  return personas.flatMap((persona) =>
    demoForms(persona)
      .filter((form) => form.blocked)
      .map((form) => ({
        kind: 'blocking' as const,
        niss: persona.niss,
        action: 'BLOCK' as const,
        date: day,
        legalBasis: form.legalBasis,
        formReference: form.reference,
        dossier: dossierOf(persona),
        reason: form.blocked!.reason,
        otherCpasCbe: form.blocked!.otherCpas ?? null,
        otherCpasName: form.blocked!.otherCpas ? cpasName(form.blocked!.otherCpas) : null,
      })),
  );
}

/** The latest status change of each persona with more than one status, reported the day it happened. */
export function statusRows(personas: readonly Persona[], day: string): StatusChangeRow[] {
  return personas.flatMap((persona) => {
    const statuses = persona.history?.statuses ?? [];
    const form = demoForms(persona)[0];
    if (statuses.length < 2 || !form) return [];
    const [previous, latest] = statuses.slice(-2) as [(typeof statuses)[0], (typeof statuses)[0]];
    return [
      {
        kind: 'status' as const,
        niss: persona.niss,
        date: day,
        legalBasis: form.legalBasis,
        dossier: dossierOf(persona),
        previousStatus: previous.status,
        newStatus: latest.status,
      },
    ];
  });
}

function coversMonth(form: FormRecord, month: string): boolean {
  const span = form.recalculated ?? form.declared;
  const start = `${month}-01`;
  const end = `${month}-31`;
  return span.begin <= end && (span.end === undefined || span.end >= start);
}

/** The amounts of one closed month: each open demo-CPAS form is due its rate; a blocked one is recovered. */
export function statementRows(personas: readonly Persona[], closedMonth: string): StatementRow[] {
  return personas.flatMap((persona) =>
    demoForms(persona)
      .filter((form) => coversMonth(form, closedMonth))
      .map((form) => {
        // A small variation per person, so the months and bases do not all total the same.
        const due =
          MONTHLY_RATE_CENTS[form.legalBasis] - (Number(persona.niss.slice(6, 9)) % 50) * 100;
        return {
          kind: 'statement' as const,
          niss: persona.niss,
          legalBasis: form.legalBasis,
          dossier: dossierOf(persona),
          formReference: form.reference,
          month: closedMonth,
          closedMonth,
          dueCents: due,
          recoveredCents: form.blocked ? due : 0,
        };
      }),
  );
}

/** A few rejected forms of the demo CPAS, one of them with a code outside the published table. */
export function rejectionRows(personas: readonly Persona[], closedMonth: string): RejectionRow[] {
  const withForms = personas.filter((persona) => demoForms(persona).length > 0).slice(0, 5);
  return withForms.map((persona, index) => ({
    kind: 'rejection' as const,
    niss: persona.niss,
    legalBasis: demoForms(persona)[0]!.legalBasis,
    formReference: demoForms(persona)[0]!.reference,
    dossier: dossierOf(persona),
    codes:
      index === withForms.length - 1
        ? [UNKNOWN_DEMO_CODE]
        : [
            REJECTION_CODES[index % REJECTION_CODES.length]!,
            ...(index % 2 ? [REJECTION_CODES[0]] : []),
          ],
    closedMonth,
  }));
}

const header = (productionDate: string, closedMonth: string | null): ListHeader => ({
  cbe: DEMO_CPAS_CBE,
  productionDate,
  sequenceNumber: 1,
  closedMonth,
});

/**
 * What the demo file server holds on `today`: the daily lists of today and the two days before (a blocking on
 * day -2, its unblocking today), and the monthly lists of the last twelve closed months (rejections: the last one).
 */
export function demoListFiles(
  today: Date,
  personas: readonly Persona[] = DEMO_PERSONAS,
): ListFile[] {
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd');
  const stamp = (date: string) => date.replaceAll('-', '');
  const files: ListFile[] = [];
  const daily = (kind: ListKind, date: string, rows: ListRow[]) =>
    files.push({
      name: listFileName(kind, DEMO_CPAS_CBE, stamp(date)),
      kind,
      content: listFileXml(kind, header(date, null), rows),
    });

  // An unblocked form: blocked two days ago by an a-posteriori check, released today.
  const released = personas.find(
    (p) => demoForms(p).length > 0 && !demoForms(p).some((f) => f.blocked),
  );
  const releasedRow = (action: 'BLOCK' | 'UNBLOCK', date: string): BlockingRow[] => {
    if (!released) return [];
    const form = demoForms(released)[0]!;
    return [
      {
        kind: 'blocking',
        niss: released.niss,
        action,
        date,
        legalBasis: form.legalBasis,
        formReference: form.reference,
        dossier: dossierOf(released),
        reason: 'A_POSTERIORI',
        otherCpasCbe: null,
        otherCpasName: null,
      },
    ];
  };
  daily('blocking', day(-2), releasedRow('BLOCK', day(-2)));
  daily('blocking', day(-1), []);
  daily('blocking', day(0), [...blockingRows(personas, day(0)), ...releasedRow('UNBLOCK', day(0))]);
  daily('status', day(-1), []);
  daily('status', day(0), statusRows(personas, day(0)));

  for (let back = 12; back >= 1; back--) {
    const month = format(subMonths(parseISO(day(0)), back), 'yyyy-MM');
    const produced = `${format(subMonths(parseISO(day(0)), back - 1), 'yyyy-MM')}-05`;
    files.push({
      name: listFileName('statement', DEMO_CPAS_CBE, month.replace('-', '')),
      kind: 'statement',
      content: listFileXml('statement', header(produced, month), statementRows(personas, month)),
    });
    if (back === 1) {
      const rows = rejectionRows(personas, month);
      files.push({
        name: listFileName('rejection', DEMO_CPAS_CBE, month.replace('-', '')),
        kind: 'rejection',
        content: listFileXml('rejection', header(produced, month), [
          ...rows,
          ...errorFrequencies(rows, month),
        ]),
      });
    }
  }
  return files;
}

/** Small, seeded PRNG (mulberry32): the same seed, the same big month. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A big city CPAS's monthly statement (`rows` rows, 50,000 for the benchmark), written as a stream of chunks. */
export async function* bigStatementFile(options: {
  rows: number;
  closedMonth: string;
  seed?: number;
}): AsyncGenerator<string> {
  const next = seeded(options.seed ?? 17);
  const bases: ListLegalBasis[] = ['RIS', 'RIS', 'RIS', 'LOI65', 'ORGANIC'];
  yield listOpening('statement', header(`${options.closedMonth}-28`, options.closedMonth));
  let chunk = '';
  for (let i = 0; i < options.rows; i++) {
    const niss = makeNiss({
      year: 1940 + Math.floor(next() * 65),
      month: 1 + Math.floor(next() * 12),
      day: 1 + Math.floor(next() * 28),
      counter: 1 + Math.floor(next() * 997),
    });
    const legalBasis = bases[Math.floor(next() * bases.length)]!;
    const due = Math.floor(next() * MONTHLY_RATE_CENTS[legalBasis]);
    const back = Math.floor(next() * 12);
    chunk += listRowXml({
      kind: 'statement',
      niss,
      legalBasis,
      dossier: `DOS-${String(i).padStart(6, '0')}`,
      formReference: null,
      month: format(subMonths(parseISO(`${options.closedMonth}-01`), back), 'yyyy-MM'),
      closedMonth: options.closedMonth,
      dueCents: due,
      recoveredCents: next() < 0.1 ? Math.floor(due / 2) : 0,
    });
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + listClosing('statement');
}
