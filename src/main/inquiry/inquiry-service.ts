// Runs an inquiry: checks the input, calls Social Inquiry, completes sections 5-8 through
// ListOfAttestation when the answer lacks them, and returns one Inquiry model; reports progress, can be cancelled.
import type { InquiryProgress, InquiryRequest } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import {
  LANES,
  type BcssCallRecord,
  type Inquiry,
  type InquiryItem,
  type InquiryStep,
} from '../../shared/domain/inquiry';
import type { Period } from '../../shared/domain/period';
import { validNiss, validPeriod } from './request-checks';
import {
  toDeskError,
  BcssStatusError,
  ATTESTATION_REQUESTS,
  readAttestationItems,
  type AttestationRequestType,
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
  retry?: { attempts: number; baseDelayMs: number };
  now?: () => Date;
}

export interface InquiryService {
  run(request: InquiryRequest): Promise<Inquiry>;
  progress(requestId: string): InquiryProgress | null;
  cancel(requestId: string): boolean;
}

const LANE_ORDER = new Map(LANES.map((lane, index) => [lane, index]));

/** SSDN services carry no legal context of their own: the audit log names the service and its version. */
const LIST_OF_ATTESTATIONS_CONTEXT = `${LIST_OF_ATTESTATIONS.serviceId}:${LIST_OF_ATTESTATIONS.version}`;

export function createInquiryService(options: InquiryServiceOptions): InquiryService {
  const running = new Map<string, { progress: InquiryProgress; controller: AbortController }>();
  const now = options.now ?? (() => new Date());
  const gateway = createBcssGateway(options);

  async function run(request: InquiryRequest): Promise<Inquiry> {
    const controller = new AbortController();
    const state = { progress: { step: 'validating' as InquiryStep, attempt: 1 }, controller };
    running.set(request.requestId, state);
    const step = (name: InquiryStep) => (state.progress = { step: name, attempt: 1 });
    const onRetry = (attempt: number) => (state.progress = { ...state.progress, attempt });
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

      if (dataFound && !answer.hasSections5to8) {
        step('attestations');
        const completions = await Promise.all(
          ATTESTATION_REQUESTS.map((requestType) =>
            completeWith(session, requestType, finalNiss, period, signal, onRetry),
          ),
        );
        for (const completion of completions) {
          calls.push(completion.call);
          items = items.concat(completion.items);
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

  async function completeWith(
    session: BcssSession,
    requestType: AttestationRequestType,
    ssin: string,
    period: Period,
    signal: AbortSignal,
    onRetry: (attempt: number) => void,
  ) {
    const { answer, ticket } = await session.call(
      { service: 'ListOfAttestation', niss: ssin, legalContext: LIST_OF_ATTESTATIONS_CONTEXT },
      (line, context) => callListOfAttestation(line, { ...context, ssin, requestType, period }),
      { signal, onRetry },
    );
    return {
      call: {
        service: 'ListOfAttestation' as const,
        ticket,
        ticketCBSS: answer.ticketCBSS,
        requestType,
      },
      items: readAttestationItems(requestType, answer, period),
    };
  }

  return {
    run,
    progress: (requestId) => running.get(requestId)?.progress ?? null,
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
