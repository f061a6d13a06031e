// The simulator's repertory of the persons each CPAS registered through ManageAccess: lines per NISS and quality code, merged and cut as RAAS does.
import { addDays, format, parseISO } from 'date-fns';
import type { IsoDate } from '../personas';
import type { QueryPeriod } from './periods';

/** A registration line: both ends inclusive; `end` null = open (no end date). */
export interface RegistrationSpan {
  begin: IsoDate;
  end: IsoDate | null;
}

export interface RegistrationLine extends RegistrationSpan {
  /** The sector 17 quality code (ManageAccess `Purpose`). */
  purpose: number;
}

const END_OF_TIME = '9999-12-31';
const ISO = 'yyyy-MM-dd';

function shiftDay(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), ISO);
}

const lastDay = (span: RegistrationSpan): IsoDate => span.end ?? END_OF_TIME;

/**
 * Adds a span to disjoint, sorted lines and merges every line it overlaps or touches. Touching lines
 * (one ends the day before the other begins) merge too: day-granular periods that follow each other are
 * one uninterrupted registration, and keeping them apart would only make UNREGISTER and LIST harder to read.
 */
export function mergeSpan(
  lines: readonly RegistrationSpan[],
  added: RegistrationSpan,
): RegistrationSpan[] {
  const sorted = [...lines, added].sort((a, b) =>
    a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0,
  );
  const merged: RegistrationSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.end !== null && span.begin > shiftDay(last.end, 1)) {
      merged.push({ ...span });
    } else if (last) {
      last.end =
        last.end === null || span.end === null
          ? null
          : lastDay(span) > last.end
            ? span.end
            : last.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** Removes a span from the lines: a line it covers goes, a line it falls inside is split in two. */
export function cutSpan(
  lines: readonly RegistrationSpan[],
  removed: RegistrationSpan,
): RegistrationSpan[] {
  const kept: RegistrationSpan[] = [];
  for (const line of lines) {
    const disjoint = lastDay(line) < removed.begin || line.begin > lastDay(removed);
    if (disjoint) {
      kept.push({ ...line });
      continue;
    }
    if (line.begin < removed.begin)
      kept.push({ begin: line.begin, end: shiftDay(removed.begin, -1) });
    if (removed.end !== null && lastDay(line) > removed.end) {
      kept.push({ begin: shiftDay(removed.end, 1), end: line.end });
    }
  }
  return kept;
}

function overlapsQuery(span: RegistrationSpan, query: QueryPeriod): boolean {
  return span.begin <= query.end && lastDay(span) >= query.begin;
}

/** In memory, per client CBE: a CPAS sees and changes only its own registrations. */
export class AccessRegistrations {
  private readonly byClient = new Map<string, Map<string, Map<number, RegistrationSpan[]>>>();

  /** Registers the span and returns the NISS's lines for that quality code afterwards. */
  register(
    clientCbe: string,
    niss: string,
    purpose: number,
    span: RegistrationSpan,
  ): RegistrationLine[] {
    const byPurpose = this.person(clientCbe, niss, true);
    byPurpose.set(purpose, mergeSpan(byPurpose.get(purpose) ?? [], span));
    return this.lines(byPurpose, purpose);
  }

  /** Cuts the span out and returns the NISS's remaining lines for that quality code. */
  unregister(
    clientCbe: string,
    niss: string,
    purpose: number,
    span: RegistrationSpan,
  ): RegistrationLine[] {
    const byPurpose = this.person(clientCbe, niss, false);
    if (!byPurpose) return [];
    const kept = cutSpan(byPurpose.get(purpose) ?? [], span);
    if (kept.length > 0) byPurpose.set(purpose, kept);
    else byPurpose.delete(purpose);
    return this.lines(byPurpose, purpose);
  }

  /** The NISS's lines, optionally for one quality code and overlapping a period, sorted by code then date. */
  list(
    clientCbe: string,
    niss: string,
    filter: { purpose?: number; period?: QueryPeriod } = {},
  ): RegistrationLine[] {
    const byPurpose = this.person(clientCbe, niss, false);
    if (!byPurpose) return [];
    const purposes = [...byPurpose.keys()].filter(
      (p) => filter.purpose === undefined || p === filter.purpose,
    );
    return purposes
      .sort((a, b) => a - b)
      .flatMap((p) => this.lines(byPurpose, p))
      .filter((line) => !filter.period || overlapsQuery(line, filter.period));
  }

  /** Whether the CPAS has the person in its repertory for (part of) the period: what lifts MSG00012. */
  isRegistered(clientCbe: string, niss: string, period?: QueryPeriod): boolean {
    return this.list(clientCbe, niss, period ? { period } : {}).length > 0;
  }

  private person(clientCbe: string, niss: string, create: true): Map<number, RegistrationSpan[]>;
  private person(
    clientCbe: string,
    niss: string,
    create: false,
  ): Map<number, RegistrationSpan[]> | undefined;
  private person(
    clientCbe: string,
    niss: string,
    create: boolean,
  ): Map<number, RegistrationSpan[]> | undefined {
    let client = this.byClient.get(clientCbe);
    if (!client && create) this.byClient.set(clientCbe, (client = new Map()));
    let person = client?.get(niss);
    if (!person && client && create) client.set(niss, (person = new Map()));
    return person;
  }

  private lines(byPurpose: Map<number, RegistrationSpan[]>, purpose: number): RegistrationLine[] {
    return (byPurpose.get(purpose) ?? []).map((span) => ({ purpose, ...span }));
  }
}
