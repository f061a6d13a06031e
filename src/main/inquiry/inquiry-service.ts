// Runs an inquiry: checks the input, calls Social Inquiry, completes sections 5-8 through
// ListOfAttestation when the answer lacks them, and returns one Inquiry model; reports progress, can be cancelled.
// A completion that fails (after its retries) leaves its section missing, not the inquiry failed: the rest is
// shown and kept, and `retryMissing` later asks the BCSS again for what is missing only.
import type { InquiryProgress, InquiryRequest } from '../../shared/contract/contract';
import { DeskFailure, type DeskError } from '../../shared/contract/errors';
import {
  ATTESTATION_SECTIONS,
  LANES,
  missingSections,
  type AttestationSection,
  type BcssCallRecord,
  type Inquiry,
  type InquiryItem,
  type InquiryStep,
  type MissingSection,
} from '../../shared/domain/inquiry';
import type { Period } from '../../shared/domain/period';
import { validNiss, validPeriod } from './request-checks';
import {
  toDeskError,
  BcssStatusError,
  ATTESTATION_REQUESTS,
  readAttestationItems,
  askSocialInquiry,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
  callListOfAttestation,
  LIST_OF_ATTESTATIONS,
  createBcssGateway,
  type BcssCallRecorder,
  type BcssEndpoint,
  type BcssSession,
} from '../bcss';

export type { BcssCallEvent, BcssEndpoint } from '../bcss';

export interface InquiryServiceOptions {
  endpoint: () => Promise<BcssEndpoint>;
  /** Called after every BCSS call; an inquiry whose call cannot be recorded fails. */
  onBcssCall?: BcssCallRecorder;
  /** Rejects when the audit log cannot take entries: then no call is made at all. */
  auditReady?: () => Promise<void>;
  /** Keeps a successful inquiry for offline review (the vault); `run` resolves once it is kept. */
  keep?: (inquiry: Inquiry, request: InquiryRequest) => Promise<void>;
  /** The kept inquiries, for `retryMissing`: read one, and rewrite one through a change (the vault's update). */
  saved?: {
    open(id: string): Promise<Inquiry>;
    update(id: string, change: (inquiry: Inquiry) => Inquiry): Promise<Inquiry>;
  };
  retry?: { attempts: number; baseDelayMs: number };
  /** Each BCSS call's time budget, tries included (the gateway's CALL_BUDGET_MS unless a test says otherwise). */
  budgetMs?: number;
  now?: () => Date;
}

export interface InquiryService {
  run(request: InquiryRequest): Promise<Inquiry>;
  /**
   * Asks ListOfAttestation again for the missing sections of a kept inquiry (its period, its final NISS), in
   * the environment it was made in, and completes it where the answer now comes; what fails again stays
   * missing. Only those of `requestTypes` when given. Resolves with the inquiry as now kept.
   */
  retryMissing(id: string, requestTypes?: readonly AttestationSection[]): Promise<Inquiry>;
  progress(requestId: string): InquiryProgress | null;
  cancel(requestId: string): boolean;
}

const LANE_ORDER = new Map(LANES.map((lane, index) => [lane, index]));

/** SSDN services carry no legal context of their own: the audit log names the service and its version. */
const LIST_OF_ATTESTATIONS_CONTEXT = `${LIST_OF_ATTESTATIONS.serviceId}:${LIST_OF_ATTESTATIONS.version}`;

export function createInquiryService(options: InquiryServiceOptions): InquiryService {
  const running = new Map<
    string,
    {
      progress: InquiryProgress;
      controller: AbortController;
      /** The running call's time budget (the latest, when sections are completed in parallel). */
      deadline: { at: number; totalMs: number } | null;
    }
  >();
  const now = options.now ?? (() => new Date());
  const gateway = createBcssGateway(options);

  async function run(request: InquiryRequest): Promise<Inquiry> {
    const controller = new AbortController();
    const state = {
      progress: { step: 'validating' as InquiryStep, attempt: 1 },
      controller,
      deadline: null as { at: number; totalMs: number } | null,
    };
    running.set(request.requestId, state);
    const step = (name: InquiryStep) => {
      state.progress = { step: name, attempt: 1 };
      state.deadline = null;
    };
    const onRetry = (attempt: number) => (state.progress = { ...state.progress, attempt });
    const onDeadline = (at: number, totalMs: number) => {
      if (!state.deadline || at > state.deadline.at) state.deadline = { at, totalMs };
    };
    try {
      const ssin = validNiss(request.niss);
      const period = validPeriod(request.period);
      const session = await gateway.open();
      const signal = controller.signal;
      const calls: BcssCallRecord[] = [];

      step('socialInquiry');
      const { answer, ticket } = await session.call(
        { service: 'SocialInquiry', niss: ssin, legalContext: SOCIAL_INQUIRY_LEGAL_CONTEXT },
        (line, context) => askSocialInquiry(line, context, { ssin, period }),
        {
          signal,
          onRetry,
          onDeadline,
          outcomeOf: (answer) =>
            answer.status.code && answer.status.code !== 'MSG00000' ? answer.status.code : 'OK',
        },
      );
      calls.push({ service: 'SocialInquiry', ticket, ticketCBSS: answer.ticketCBSS });
      const { status } = answer;
      const dataFound = status.value === 'DATA_FOUND';
      const noData =
        status.value === 'NO_DATA_FOUND' && (status.code === 'MSG00100' || status.code === '');
      if (!dataFound && !noData) {
        throw new BcssStatusError(
          status.value,
          status.code,
          status.description,
          status.information,
          answer.ticketCBSS,
        );
      }
      const finalNiss = answer.ssin ?? ssin;
      let items: InquiryItem[] = answer.items;

      const missing: MissingSection[] = [];
      if (dataFound && !answer.hasSections5to8) {
        step('attestations');
        const completions = await Promise.all(
          ATTESTATION_REQUESTS.map((requestType) =>
            completeWith(session, requestType, finalNiss, period, signal, onRetry, onDeadline),
          ),
        );
        for (const completion of completions) {
          if (completion.ok) {
            calls.push(completion.call);
            items = items.concat(completion.items);
          } else missing.push(completion.missing);
        }
      }

      step('normalising');
      const inquiry: Inquiry = {
        id: ticket,
        request: {
          niss: ssin,
          period: period,
          legalContext: SOCIAL_INQUIRY_LEGAL_CONTEXT,
          cbe: session.cbe,
        },
        finalNiss,
        nissReplaced: finalNiss !== ssin,
        consultedAt: now().toISOString(),
        environment: session.environment,
        answerVersion: answer.hasSections5to8 || !dataFound ? 2 : 1,
        calls,
        dataFound,
        items: sortItems(items),
        ...(missing.length > 0 ? { missing } : {}),
      };
      await options.keep?.(inquiry, request);
      step('done');
      return inquiry;
    } catch (error) {
      if (error instanceof DeskFailure) throw error;
      const deskError = toDeskError(error);
      if (deskError) throw new DeskFailure(deskError);
      throw error;
    } finally {
      running.delete(request.requestId);
    }
  }

  /**
   * One section's completion: its items and call, or, when the call fails after its retries (no answer, a
   * fault, a refusal, an unreadable answer), the section as missing. A cancel, or an audit log that cannot
   * record the call, still fails the whole inquiry.
   */
  async function completeWith(
    session: BcssSession,
    requestType: AttestationSection,
    ssin: string,
    period: Period,
    signal: AbortSignal | undefined,
    onRetry?: (attempt: number) => void,
    onDeadline?: (at: number, totalMs: number) => void,
  ): Promise<
    | { ok: true; call: BcssCallRecord; items: InquiryItem[] }
    | { ok: false; missing: MissingSection }
  > {
    const missing = (reason: DeskError) => ({
      ok: false as const,
      missing: {
        requestType,
        lane: ATTESTATION_SECTIONS[requestType],
        reason: { ...reason },
        failedAt: now().toISOString(),
      },
    });
    let reply;
    try {
      reply = await session.call(
        { service: 'ListOfAttestation', niss: ssin, legalContext: LIST_OF_ATTESTATIONS_CONTEXT },
        (line, context) => callListOfAttestation(line, { ...context, ssin, requestType, period }),
        { signal, onRetry, onDeadline },
      );
    } catch (error) {
      const reason = signal?.aborted ? null : toDeskError(error);
      if (!reason || reason.code === 'CANCELLED') throw error;
      return missing(reason);
    }
    const { answer, ticket } = reply;
    let items: InquiryItem[];
    try {
      items = readAttestationItems(requestType, answer, period);
    } catch (error) {
      // An answer that came but cannot be read as attestations is as good as none.
      const reason = toDeskError(error) ?? {
        code: 'BCSS_MALFORMED' as const,
        messageKey: 'inquiry.error.malformed' as const,
        details: { reason: 'unexpected' },
      };
      return missing({
        ...reason,
        details: { ...reason.details, ticketCBSS: answer.ticketCBSS },
      });
    }
    return {
      ok: true,
      call: { service: 'ListOfAttestation', ticket, ticketCBSS: answer.ticketCBSS, requestType },
      items,
    };
  }

  async function retryMissing(
    id: string,
    requestTypes?: readonly AttestationSection[],
  ): Promise<Inquiry> {
    const saved = options.saved;
    if (!saved) throw new Error('the inquiry service keeps no inquiries');
    try {
      const inquiry = await saved.open(id);
      const wanted = missingSections(inquiry).filter(
        (section) => !requestTypes || requestTypes.includes(section.requestType),
      );
      if (wanted.length === 0) return inquiry;
      const session = await gateway.open();
      // The same person's data from another environment would complete the inquiry with someone else's.
      if (session.environment !== inquiry.environment) {
        throw new DeskFailure({
          code: 'ENVIRONMENT_MISMATCH',
          messageKey: 'inquiry.error.otherEnvironment',
          details: {
            environment: inquiry.environment.toUpperCase(),
            active: session.environment.toUpperCase(),
          },
        });
      }
      const completions = await Promise.all(
        wanted.map(async (section) => ({
          requestType: section.requestType,
          completion: await completeWith(
            session,
            section.requestType,
            inquiry.finalNiss,
            inquiry.request.period,
            undefined,
          ),
        })),
      );
      return await saved.update(id, (current) => {
        // Only what is still missing in the kept copy: a retry that ran meanwhile may have completed it.
        const stillMissing = missingSections(current);
        const calls = [...current.calls];
        let items = current.items;
        const missing: MissingSection[] = [];
        for (const section of stillMissing) {
          const done = completions.find((c) => c.requestType === section.requestType)?.completion;
          if (done?.ok) {
            calls.push(done.call);
            items = items.concat(done.items);
          } else missing.push(done ? done.missing : section);
        }
        const { missing: _previous, ...rest } = current;
        void _previous;
        return {
          ...rest,
          calls,
          items: sortItems(items),
          ...(missing.length > 0 ? { missing } : {}),
        };
      });
    } catch (error) {
      if (error instanceof DeskFailure) throw error;
      const deskError = toDeskError(error);
      if (deskError) throw new DeskFailure(deskError);
      throw error;
    }
  }

  return {
    run,
    retryMissing,
    progress(requestId) {
      const state = running.get(requestId);
      if (!state) return null;
      const { deadline } = state;
      // The time left as main counts it, so that the renderer's countdown needs no clock of ours.
      return deadline
        ? {
            ...state.progress,
            budget: {
              deadline: new Date(deadline.at).toISOString(),
              remainingMs: Math.max(0, deadline.at - Date.now()),
              totalMs: deadline.totalMs,
            },
          }
        : state.progress;
    },
    cancel(requestId) {
      const state = running.get(requestId);
      if (!state) return false;
      state.controller.abort();
      return true;
    },
  };
}

/** Lanes in their order, then by begin date: what every view and the report expect. */
function sortItems(items: InquiryItem[]): InquiryItem[] {
  return [...items].sort(
    (a, b) =>
      (LANE_ORDER.get(a.lane) ?? 0) - (LANE_ORDER.get(b.lane) ?? 0) ||
      String(a.subLane).localeCompare(String(b.subLane)) ||
      a.begin.value.localeCompare(b.begin.value),
  );
}
