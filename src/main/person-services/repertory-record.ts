// What the app knows of the CPAS's repertory (ManageAccess registrations), per environment: the lines each of its own
// register, remove and list answers gave, kept sealed in the vault. ManageAccess lists one person at a time, so there
// is no "whole repertory" to ask for; and a hidden call at each start would be a BCSS call nobody asked for. The
// Nova+ lists' badges read this record instead.
import { join } from 'node:path';
import { format } from 'date-fns';
import type { EnvironmentName } from '../../shared/domain/environments';
import type {
  AccessRegister,
  AccessResult,
  RegistrationLine,
} from '../../shared/contract/person-services';
import { readFileOrNull, UnreadableRecord, writeFileAtomic, type VaultAccess } from '../vault';
import type { ManageAccessService } from './manage-access-service';

const AREA = 'repertory';
const FILE = 'record.bin';

type Lines = Pick<RegistrationLine, 'purpose' | 'from' | 'to' | 'register'>[];
/** environment -> NISS -> the lines last known. */
type Record_ = Partial<Record<EnvironmentName, Record<string, Lines>>>;

/** Which lines an answer speaks for: those of one quality code, of one register, or all of the person's. */
export type AnswerScope = { purpose: number } | { register: AccessRegister | 'ALL' };

export interface RepertoryRecord {
  /** Takes in one ManageAccess answer: the person's lines in `scope` are now those of the answer. */
  learn(environment: EnvironmentName, scope: AnswerScope, answer: AccessResult): Promise<void>;
  /** The NISS with a line still running on `today` (or starting later) in the environment. */
  current(environment: EnvironmentName, today: string): Promise<Set<string>>;
}

export function createRepertoryRecord(
  withVault: VaultAccess,
  now: () => Date = () => new Date(),
): RepertoryRecord {
  let tail: Promise<unknown> = Promise.resolve();
  /** One change at a time: two answers arriving together must not lose one of them. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };

  const read = () =>
    withVault(async (vault) => {
      const area = await vault.area(AREA);
      const raw = await readFileOrNull(area.fs, join(area.dir, FILE));
      if (raw === null) return { area, record: {} as Record_ };
      try {
        return { area, record: area.unsealJson(raw, FILE) as Record_ };
      } catch (error) {
        // A damaged record only costs badges: it starts again from the next answers.
        if (error instanceof UnreadableRecord) return { area, record: {} as Record_ };
        throw error;
      }
    });

  return {
    learn: (environment, scope, answer) =>
      serial(async () => {
        const { area, record } = await read();
        const persons = (record[environment] ??= {});
        const outOfScope = (line: Lines[number]) =>
          'purpose' in scope
            ? line.purpose !== scope.purpose
            : scope.register !== 'ALL' && line.register !== scope.register;
        const kept = (persons[answer.ssin] ?? []).filter(outOfScope);
        const learnt = answer.lines
          .filter((line) => !outOfScope(line))
          .map(({ purpose, from, to, register }) => ({ purpose, from, to, register }));
        const lines = [...kept, ...learnt];
        if (lines.length > 0) persons[answer.ssin] = lines;
        else delete persons[answer.ssin];
        // Registrations that have ended are no one's business here any more: kept no longer than that.
        const today = format(now(), 'yyyy-MM-dd');
        for (const [niss, known] of Object.entries(persons))
          if (known.every((line) => line.to !== null && line.to < today)) delete persons[niss];
        await writeFileAtomic(area.fs, area.dir, FILE, area.sealJson(record, FILE));
      }),

    async current(environment, today) {
      const { record } = await read();
      const niss = new Set<string>();
      for (const [person, lines] of Object.entries(record[environment] ?? {}))
        if (lines.some((line) => line.to === null || line.to >= today)) niss.add(person);
      return niss;
    },
  };
}

/**
 * ManageAccess whose answers also go into the record. A record that cannot be written does not fail the call: the
 * BCSS has done it, and the answer is what the user must see.
 */
export function recordingRepertory(
  service: ManageAccessService,
  record: RepertoryRecord,
  environment: () => EnvironmentName,
): ManageAccessService {
  async function learnt(scope: AnswerScope, call: () => Promise<AccessResult>) {
    const at = environment();
    const answer = await call();
    await record.learn(at, scope, answer).catch(() => undefined);
    return answer;
  }
  return {
    register: (input) => learnt({ purpose: input.purpose }, () => service.register(input)),
    unregister: (input) => learnt({ purpose: input.purpose }, () => service.unregister(input)),
    list: (input) => learnt({ register: input.register }, () => service.list(input)),
  };
}
