// Runs an inquiry: checks the input, calls Social Inquiry, completes sections 5-8 through
// ListOfAttestation when the answer lacks them, and returns one Inquiry model; reports progress, can be cancelled.
import { randomUUID } from 'node:crypto';
import type {
  EnvironmentName,
  InquiryProgress,
  InquiryRequest,
} from '../../shared/contract/contract';
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
  withRetries,
  buildSocialInquiryRequest,
  readSocialInquiryAnswer,
  SOCIAL_INQUIRY,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
  SOCIAL_INQUIRY_REPEATED,
  callSoap,
  type TransportConfig,
  callListOfAttestation,
  auditedCall,
  type BcssCallEvent,
} from '../bcss';

export type { BcssCallEvent } from '../bcss';

/** Where and as whom the calls go, for the current environment. */
export interface BcssEndpoint {
  environment: EnvironmentName;
  /** Base URL: services' paths are appended. */
  baseUrl: string;
  transport: TransportConfig;
  /** The CPAS's CBE number, sent as customerIdentification. */
  cbe: string;
  /** The investigator, for the services that name the user (SSDN's AuthorizedUser). */
  user: { ssin: string; email: string };
  /** Only tests set these (e.g. the simulator's fault header). */
  headers?: Record<string, string>;
}

export interface InquiryServiceOptions {
  endpoint: () => Promise<BcssEndpoint>;
  /** Called after every BCSS call; an inquiry whose call cannot be recorded fails. */
  onBcssCall?: (event: BcssCallEvent) => Promise<void>;
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

export function createInquiryService(options: InquiryServiceOptions): InquiryService {
  const running = new Map<string, { progress: InquiryProgress; controller: AbortController }>();
  const retry = options.retry ?? { attempts: 3, baseDelayMs: 400 };
  const now = options.now ?? (() => new Date());

  async function run(request: InquiryRequest): Promise<Inquiry> {
    const controller = new AbortController();
    const state = { progress: { step: 'validating' as InquiryStep, attempt: 1 }, controller };
    running.set(request.requestId, state);
    const step = (name: InquiryStep) => (state.progress = { step: name, attempt: 1 });
    const onRetry = (attempt: number) => (state.progress = { ...state.progress, attempt });
    try {
      await options.auditReady?.();
      const ssin = validNiss(request.niss);
      const period = validPeriod(request.period);
      const endpoint = await options.endpoint();
      const signal = controller.signal;
      const calls: BcssCallRecord[] = [];

      step('socialInquiry');
      const ticket = randomUUID();
      const answer = await withRetries(
        audited(
          endpoint,
          'SocialInquiry',
          ssin,
          async () =>
            readSocialInquiryAnswer(
              await callSoap(endpoint.transport, {
                url: endpoint.baseUrl + SOCIAL_INQUIRY.path,
                soapAction: SOCIAL_INQUIRY.soapAction,
                payload: buildSocialInquiryRequest({
                  ticket,
                  sentAt: now(),
                  cbe: endpoint.cbe,
                  ssin,
                  period: period,
                }),
                answerElement: SOCIAL_INQUIRY.answerElement,
                repeated: SOCIAL_INQUIRY_REPEATED,
                signal,
                headers: endpoint.headers,
              }),
            ),
          (answer) =>
            answer.status.code && answer.status.code !== 'MSG00000' ? answer.status.code : 'OK',
        ),
        { ...retry, signal, onRetry },
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
            completeWith(requestType, endpoint, finalNiss, period, signal, onRetry),
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
          cbe: endpoint.cbe,
        },
        finalNiss,
        nissReplaced: finalNiss !== ssin,
        consultedAt: now().toISOString(),
        environment: endpoint.environment,
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

  /** One try of a BCSS call, its outcome recorded in the audit log (failures included). */
  function audited<T extends { ticketCBSS: string | null }>(
    endpoint: BcssEndpoint,
    service: BcssCallEvent['service'],
    niss: string,
    call: () => Promise<T>,
    outcomeOf: (answer: T) => string,
  ): () => Promise<T> {
    return auditedCall(
      options.onBcssCall,
      {
        service,
        niss,
        legalContext: SOCIAL_INQUIRY_LEGAL_CONTEXT,
        environment: endpoint.environment,
      },
      call,
      outcomeOf,
    );
  }

  async function completeWith(
    requestType: AttestationRequestType,
    endpoint: BcssEndpoint,
    ssin: string,
    period: Period,
    signal: AbortSignal,
    onRetry: (attempt: number) => void,
  ) {
    const ticket = randomUUID();
    const reply = await withRetries(
      () =>
        callListOfAttestation(endpoint, {
          ticket,
          ssin,
          requestType,
          period,
          signal,
          sentAt: now(),
        }),
      { ...retry, signal, onRetry },
    );
    return {
      call: {
        service: 'ListOfAttestation' as const,
        ticket,
        ticketCBSS: reply.ticketCBSS,
        requestType,
      },
      items: readAttestationItems(requestType, reply, period),
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
