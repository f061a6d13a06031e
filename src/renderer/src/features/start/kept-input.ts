// The NISS and the period typed on the start screen survive a reload (F5, or a reload during a run) in the
// window's sessionStorage. Why that is acceptable for a NISS: sessionStorage belongs to this one window (another
// window or tab does not see it), lives in memory, and ends with the window: nothing is written to disk, and
// closing the app forgets it. The person's name is not kept (the NISS finds the person again), nor anything the
// BCSS answered.
import { checkPeriod, type Period } from '../../../../shared/domain/period';
import type { InquiryInput } from './inquiry-input';

export const KEPT_INPUT_KEY = 'inquiry-desk.start-input';

export interface KeptInput {
  niss: string;
  /** The last valid period typed (null when none was). */
  period: Period | null;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What was kept: a NISS text and a valid period (or none); anything else is ignored. */
export function readKeptInput(store: Store): KeptInput | null {
  try {
    const raw: unknown = JSON.parse(store.getItem(KEPT_INPUT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { niss, period } = raw as Partial<KeptInput>;
    if (typeof niss !== 'string' || niss.length > 20 || !/^[\d .-]*$/.test(niss)) return null;
    if (period === null || period === undefined) return { niss, period: null };
    if (typeof period.from !== 'string' || typeof period.to !== 'string') return null;
    if (!checkPeriod(period.from, period.to).ok) return null;
    return { niss, period: { from: period.from, to: period.to } };
  } catch {
    return null;
  }
}

/** Keeps the NISS and the period; a half-typed period leaves the last valid one kept. */
export function keepInput(store: Store, input: InquiryInput): void {
  const valid = checkPeriod(input.period.from, input.period.to).ok;
  const period = valid ? input.period : (readKeptInput(store)?.period ?? null);
  const kept: KeptInput = { niss: input.niss, period };
  store.setItem(KEPT_INPUT_KEY, JSON.stringify(kept));
}
