// The inquiry service against the simulator over mutual TLS: answers, completion through
// ListOfAttestation, every refusal, retries, hostile answers, cancel.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InquiryRequest } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import type { Inquiry, InquiryItem, LaneId } from '../../shared/domain/inquiry';
import {
  DEMO_PERSONAS,
  REPLACEMENT_NISS,
  testPki,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
  validateXml,
  DEMO_INVESTIGATOR,
  demoEndpoint,
} from '../../test-support/simulator';
import { buildSsdnRequest, buildEnvelope, buildSocialInquiryRequest } from '../bcss';
import { createInquiryService, type BcssEndpoint } from './inquiry-service';

let pki: DemoPki;
let simulator: Simulator;

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({
    services: defaultServices(),
    pki,
    settings: { socialInquiryVersion: 2 },
  });
}, 120_000);

afterAll(() => simulator.close());

/** Kept inquiries, as the vault keeps them: `run` saves, `retryMissing` reads and rewrites. */
function memoryStore() {
  const kept = new Map<string, Inquiry>();
  return {
    kept,
    keep: async (inquiry: Inquiry) => void kept.set(inquiry.id, structuredClone(inquiry)),
    saved: {
      open: async (id: string) => structuredClone(kept.get(id)!),
      update: async (id: string, change: (inquiry: Inquiry) => Inquiry) => {
        const changed = change(structuredClone(kept.get(id)!));
        kept.set(id, structuredClone(changed));
        return changed;
      },
    },
  };
}

function service(fault?: string, store?: ReturnType<typeof memoryStore>, budgetMs?: number) {
  const endpoint: BcssEndpoint = {
    ...demoEndpoint(simulator.url, pki, {
      connectTimeoutMs: 3000,
      responseTimeoutMs: 3000,
      maxResponseBytes: 5 * 1024 * 1024,
    }),
    headers: fault ? { 'X-Simulator-Fault': fault } : undefined,
  };
  return createInquiryService({
    endpoint: async () => endpoint,
    retry: { attempts: 3, baseDelayMs: 10 },
    ...(store ? { keep: store.keep, saved: store.saved } : {}),
    ...(budgetMs ? { budgetMs } : {}),
  });
}

const persona = (key: string) => {
  const found = DEMO_PERSONAS.find((p) => p.key === key);
  if (!found) throw new Error(`no persona ${key}`);
  return found;
};

function request(niss: string, from = '1990-01-01', to = '2026-12-31'): InquiryRequest {
  return { requestId: randomUUID(), niss, period: { from, to } };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskFailure);
  return (error as DeskFailure).error;
}

/** What a user sees of an item, whichever service it came from. */
const visible = (item: InquiryItem) => ({
  ...item,
  source: undefined,
  label: { fr: item.label.fr, nl: item.label.nl },
});

describe('inquiry service', () => {
  it('sends requests that validate against the schemas', async () => {
    const body = buildEnvelope(
      buildSocialInquiryRequest({
        ticket: randomUUID(),
        sentAt: new Date(),
        cbe: '0207777760',
        ssin: '87041214292',
        period: { from: '2025-01-01', to: '2025-12-31' },
      }),
    );
    expect(await validateXml(body, ['soapEnvelope', 'socialInquiry'])).toEqual({
      valid: true,
      errors: [],
    });
    for (const requestType of ['GPMI_PIIS', 'EXONERATIONSART35']) {
      const ssdn = buildSsdnRequest(
        {
          serviceUrls: { ssdnConnector: '' },
          cbe: '0207777760',
          user: DEMO_INVESTIGATOR,
          channel: undefined as never,
        },
        {
          ticket: randomUUID(),
          ssin: '87041214292',
          requestType,
          period: { from: '2025-01-01', to: '2025-12-31' },
          sentAt: new Date(),
        },
      );
      expect(await validateXml(ssdn, ['ssdn', 'manageAttests'])).toEqual({
        valid: true,
        errors: [],
      });
      // The wire names; a GPMI_PIIS request carries no SearchPeriod.
      expect(ssdn).toMatch(/<SocialSecurityUser>87041214292<\/SocialSecurityUser>/);
      expect(ssdn.includes('<SearchPeriod>'), requestType).toBe(requestType !== 'GPMI_PIIS');
    }
  });

  it('returns the eight lanes of a typical person, with the BCSS ticket', async () => {
    const inquiry = await service().run(request(persona('belgian-ris').niss));
    expect(inquiry.dataFound).toBe(true);
    expect(inquiry.answerVersion).toBe(2);
    expect(inquiry.calls).toHaveLength(1);
    expect(inquiry.calls[0]!.ticketCBSS).toMatch(/^[0-9a-f-]{36}$/);
    expect(simulator.logEntries().some((e) => e.ticketCBSS === inquiry.calls[0]!.ticketCBSS)).toBe(
      true,
    );
    expect(inquiry.items.some((i) => i.lane === 'residence' && i.subLane === 'municipality')).toBe(
      true,
    );
    expect(inquiry.items.some((i) => i.lane === 'forms' && i.subLane === 'RIS')).toBe(true);
  });

  describe('completes a version-1 answer through ListOfAttestation into the same lanes as version 2', () => {
    const late = (i: Inquiry) =>
      i.items.filter((x) => ['piis', 'art35', 'artistic', 'installationPremium'].includes(x.lane));
    const answers = new Map<string, { v1: Inquiry; v2: Inquiry }>();

    for (const p of DEMO_PERSONAS.filter((x) => x.expected.code === 'MSG00000')) {
      it(
        p.key,
        async () => {
          simulator.setSettings({ socialInquiryVersion: 2 });
          const v2: Inquiry = await service().run(request(p.niss));
          simulator.setSettings({ socialInquiryVersion: 1 });
          const v1: Inquiry = await service()
            .run(request(p.niss))
            .finally(() => simulator.setSettings({ socialInquiryVersion: 2 }));
          expect(v1.answerVersion).toBe(1);
          expect(v1.calls.map((c) => c.requestType ?? c.service)).toEqual([
            'SocialInquiry',
            'GPMI_PIIS',
            'EXONERATIONSART35',
            'EXONERATIONS',
            'PRIME_INSTALLATION',
          ]);
          expect(late(v1).map(visible)).toEqual(late(v2).map(visible));
          expect(late(v1).every((i) => i.source === 'ListOfAttestation')).toBe(true);
          answers.set(p.key, { v1, v2 });
        },
        60_000,
      );
    }

    it('carries the PIIS prolongation and the art. 35 counter', () => {
      for (const key of [
        'piis-extension',
        'art35-exemption',
        'artistic-exemption',
        'installation-premium',
      ]) {
        expect(late(answers.get(key)!.v1).length, key).toBeGreaterThan(0);
      }
      const piis = late(answers.get('piis-extension')!.v1).filter((i) => i.lane === 'piis');
      expect(piis.map((i) => [i.begin.value, i.end?.value ?? null])).toEqual([
        ['2022-09-01', '2023-08-31'],
        ['2024-09-01', null],
      ]);
      expect(piis[0]!.details.find((d) => d.key === 'extension')).toEqual({
        key: 'extension',
        kind: 'period',
        begin: { value: '2023-09-01', precision: 'day' },
        end: { value: '2024-08-31', precision: 'day' },
      });
      const art35 = late(answers.get('art35-exemption')!.v1).filter((i) => i.lane === 'art35');
      expect(art35).toHaveLength(3);
      for (const item of art35) {
        expect(item.details.filter((d) => d.key !== 'cpas' && d.key !== 'origin')).toEqual([
          { key: 'firstExemption', kind: 'date', date: { value: '2021-03-01', precision: 'day' } },
          { key: 'exemptedDays', kind: 'text', text: '1037 / 1096' },
        ]);
      }
    });
  });

  it('shows blocked, fraud and partner markers', async () => {
    const blocked = await service().run(request(persona('overlap-blocked').niss));
    expect(blocked.items.some((i) => i.markers.blocked)).toBe(true);
    const fraud = await service().run(request(persona('fraud-indication').niss));
    expect(fraud.items.some((i) => i.markers.fraud)).toBe(true);
    const partner = await service().run(request(persona('couple-partner').niss));
    expect(partner.items.some((i) => i.markers.role === 'PARTNER')).toBe(true);
  });

  it('reports the final NISS when the requested one was replaced', async () => {
    const inquiry = await service().run(request(persona('replaced-niss').niss));
    expect(inquiry.nissReplaced).toBe(true);
    expect(inquiry.finalNiss).toBe(REPLACEMENT_NISS[persona('replaced-niss').niss]);
  });

  it('keeps an answer without data as a valid, empty inquiry', async () => {
    const inquiry = await service().run(request(persona('no-data').niss));
    expect(inquiry.dataFound).toBe(false);
    expect(inquiry.items).toEqual([]);
  });

  it('turns every refusal into its own localized message', async () => {
    const expected: Record<string, string> = {
      'unknown-niss': 'inquiry.error.status.MSG00005',
      'cancelled-niss': 'inquiry.error.status.MSG00007',
      deceased: 'inquiry.error.status.MSG00009',
      'not-integrated': 'inquiry.error.status.MSG00012',
      'legal-context-refused': 'inquiry.error.status.MSG00013',
      'cbe-mismatch': 'inquiry.error.status.MSG00014',
      'invalid-request-data': 'inquiry.error.status.MSG00008',
    };
    for (const [key, messageKey] of Object.entries(expected)) {
      const error = await failure(service().run(request(persona(key).niss)));
      expect(error, key).toMatchObject({ code: 'BCSS_STATUS', messageKey });
      expect(error.details?.ticketCBSS, key).toBeTruthy();
    }
  });

  it('refuses an invalid NISS or period before any call', async () => {
    simulator.clearLog();
    expect(await failure(service().run(request('85073003329')))).toMatchObject({
      code: 'INVALID_NISS',
    });
    expect(
      await failure(service().run(request('87041214292', '2026-02-01', '2026-01-01'))),
    ).toMatchObject({
      code: 'INVALID_PERIOD',
    });
    expect(simulator.logEntries()).toHaveLength(0);
  });

  it('retries a server fault twice, then says the BCSS is unavailable', async () => {
    simulator.clearLog();
    const error = await failure(service('http=503').run(request(persona('belgian-ris').niss)));
    expect(error).toMatchObject({
      code: 'BCSS_FAULT',
      messageKey: 'inquiry.error.fault.server',
      details: { code: 'MSG00001' },
    });
    expect(simulator.logEntries().filter((e) => e.kind === 'call')).toHaveLength(3);
  });

  it('does not retry a business answer', async () => {
    simulator.clearLog();
    await failure(service().run(request(persona('not-integrated').niss)));
    expect(simulator.logEntries().filter((e) => e.kind === 'call')).toHaveLength(1);
  });

  it('refuses malformed, truncated, hostile and oversized answers', async () => {
    for (const fault of ['malformed', 'entity-expansion']) {
      expect(
        await failure(service(fault).run(request(persona('belgian-ris').niss))),
        fault,
      ).toMatchObject({
        code: 'BCSS_MALFORMED',
      });
    }
    expect(
      await failure(service('truncate').run(request(persona('belgian-ris').niss))),
    ).toMatchObject({
      code: expect.stringMatching(/BCSS_MALFORMED|TRANSPORT/),
    });
    expect(
      await failure(service('oversize').run(request(persona('belgian-ris').niss))),
    ).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.oversize',
    });
  });

  it('times out, and can be cancelled mid-call with progress known until then', async () => {
    expect(await failure(service('hang').run(request(persona('belgian-ris').niss)))).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.timeout',
    });
    const slow = service('latency=5000');
    const call = request(persona('belgian-ris').niss);
    const running = slow.run(call);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const progress = slow.progress(call.requestId);
    expect(progress).toMatchObject({ step: 'socialInquiry', attempt: 1 });
    // The call's budget, as the progress step counts it down.
    expect(progress?.budget?.totalMs).toBe(45_000);
    expect(progress?.budget?.remainingMs).toBeLessThanOrEqual(45_000);
    expect(Date.parse(progress!.budget!.deadline)).toBeGreaterThan(Date.now());
    expect(slow.cancel(call.requestId)).toBe(true);
    expect(await failure(running)).toMatchObject({ code: 'CANCELLED' });
    expect(slow.progress(call.requestId)).toBeNull();
  });

  it('stops a hanging BCSS at the call’s time budget, before the try’s own timeout, with its message', async () => {
    // The try would wait 3 s for its answer; the budget of 1.2 s cuts it (and leaves no time for a retry).
    const hanging = service('hang', undefined, 1200);
    const call = request(persona('belgian-ris').niss);
    const running = hanging.run(call);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hanging.progress(call.requestId)?.budget).toMatchObject({ totalMs: 1200 });
    expect(await failure(running)).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.timeBudget',
      details: { kind: 'time-budget', seconds: 1 },
    });
  });
});

describe('a partial answer', () => {
  const LATE: LaneId[] = ['piis', 'art35', 'artistic', 'installationPremium'];
  const late = (inquiry: Inquiry, lane: LaneId) =>
    inquiry.items.filter((item) => item.lane === lane).map(visible);
  const callsOf = (requestType: string) =>
    simulator
      .logEntries()
      .filter((e) => e.kind === 'call' && e.faults?.includes(`match=${requestType}`));

  beforeAll(() => simulator.setSettings({ socialInquiryVersion: 1 }));
  afterAll(() => simulator.setSettings({ socialInquiryVersion: 2 }));

  it('keeps what arrived when one ListOfAttestation call fails, and marks its section missing', async () => {
    const niss = persona('piis-extension').niss;
    const complete = await service().run(request(niss));
    expect(late(complete, 'piis').length).toBeGreaterThan(0);

    simulator.clearLog();
    const store = memoryStore();
    const before = Date.now();
    const partial = await service('http=503,match=GPMI_PIIS', store).run(request(niss));
    // Its three tries, then the section is given up; the others answered.
    expect(callsOf('GPMI_PIIS')).toHaveLength(3);
    expect(partial.missing).toEqual([
      {
        requestType: 'GPMI_PIIS',
        lane: 'piis',
        reason: {
          code: 'BCSS_FAULT',
          messageKey: 'inquiry.error.fault.server',
          details: expect.objectContaining({ code: 'MSG00001' }),
        },
        failedAt: expect.any(String),
      },
    ]);
    expect(Date.parse(partial.missing![0]!.failedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(late(partial, 'piis')).toEqual([]);
    for (const lane of LATE.filter((l) => l !== 'piis')) {
      expect(late(partial, lane), lane).toEqual(late(complete, lane));
    }
    // Social Inquiry's answer (sections 1-4) is whole.
    const early = (i: Inquiry) => i.items.filter((x) => !LATE.includes(x.lane)).map(visible);
    expect(early(partial)).toEqual(early(complete));
    expect(partial.calls.map((c) => c.requestType ?? c.service)).toEqual([
      'SocialInquiry',
      'EXONERATIONSART35',
      'EXONERATIONS',
      'PRIME_INSTALLATION',
    ]);
    // Saved as shown.
    expect(store.kept.get(partial.id)).toEqual(partial);
  });

  it('marks an unreadable answer missing at once, without retrying it', async () => {
    simulator.clearLog();
    const partial = await service('malformed,match=PRIME_INSTALLATION').run(
      request(persona('installation-premium').niss),
    );
    expect(partial.missing?.map((m) => [m.lane, m.reason.code])).toEqual([
      ['installationPremium', 'BCSS_MALFORMED'],
    ]);
    expect(callsOf('PRIME_INSTALLATION')).toHaveLength(1);
    expect(partial.items.some((i) => i.lane === 'installationPremium')).toBe(false);
  });

  it('a complete inquiry has no missing sections', async () => {
    const inquiry = await service().run(request(persona('piis-extension').niss));
    expect(inquiry.missing).toBeUndefined();
  });

  it('cancel still cancels everything, while a completion is running', async () => {
    const store = memoryStore();
    const slow = service('latency=5000,match=GPMI_PIIS', store);
    const call = request(persona('piis-extension').niss);
    const running = slow.run(call);
    for (let i = 0; i < 100 && slow.progress(call.requestId)?.step !== 'attestations'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(slow.progress(call.requestId)?.step).toBe('attestations');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slow.cancel(call.requestId)).toBe(true);
    expect(await failure(running)).toMatchObject({ code: 'CANCELLED' });
    expect(store.kept.size).toBe(0);
  });

  it('a Social Inquiry failure still fails the inquiry', async () => {
    const store = memoryStore();
    expect(
      await failure(
        service('http=503,match=SocialInquiry', store).run(request(persona('piis-extension').niss)),
      ),
    ).toMatchObject({ code: 'BCSS_FAULT' });
    expect(store.kept.size).toBe(0);
  });

  it('retries the missing section only, completes the kept inquiry and clears the mark', async () => {
    const niss = persona('piis-extension').niss;
    const complete = await service().run(request(niss));
    const store = memoryStore();
    const partial = await service('http=503,match=GPMI_PIIS', store).run(request(niss));

    // Still failing: still missing, with the new failure's time; nothing else changed.
    const again = await service('http=500:MSG00020,match=GPMI_PIIS', store).retryMissing(
      partial.id,
    );
    expect(again.missing?.map((m) => [m.requestType, m.reason.details?.code])).toEqual([
      ['GPMI_PIIS', 'MSG00020'],
    ]);
    expect({ ...again, missing: undefined }).toEqual({ ...partial, missing: undefined });

    simulator.clearLog();
    const completed = await service(undefined, store).retryMissing(partial.id);
    // One call, for the missing request type only.
    const calls = simulator.logEntries().filter((e) => e.kind === 'call');
    expect(calls).toHaveLength(1);
    expect(completed.missing).toBeUndefined();
    expect(late(completed, 'piis')).toEqual(late(complete, 'piis'));
    expect(completed.items.map(visible)).toEqual(complete.items.map(visible));
    expect(completed.calls.map((c) => c.requestType ?? c.service)).toEqual([
      'SocialInquiry',
      'EXONERATIONSART35',
      'EXONERATIONS',
      'PRIME_INSTALLATION',
      'GPMI_PIIS',
    ]);
    expect(completed.calls.at(-1)!.ticketCBSS).toBe(calls[0]!.ticketCBSS);
    // The same inquiry, completed: id, request, consultation time and Social Inquiry's answer kept.
    expect(completed.id).toBe(partial.id);
    expect(completed.consultedAt).toBe(partial.consultedAt);
    expect(store.kept.get(partial.id)).toEqual(completed);

    // Nothing missing any more: no call at all.
    simulator.clearLog();
    expect(await service(undefined, store).retryMissing(partial.id)).toEqual(completed);
    expect(simulator.logEntries()).toHaveLength(0);
  });

  it('asks the missing sections in the environment the inquiry was made in only', async () => {
    const store = memoryStore();
    const partial = await service('http=503,match=GPMI_PIIS', store).run(
      request(persona('piis-extension').niss),
    );
    store.kept.set(partial.id, { ...partial, environment: 'acceptance' });
    simulator.clearLog();
    expect(await failure(service(undefined, store).retryMissing(partial.id))).toMatchObject({
      code: 'ENVIRONMENT_MISMATCH',
      messageKey: 'inquiry.error.otherEnvironment',
      details: { environment: 'ACCEPTANCE', active: 'DEMO' },
    });
    expect(simulator.logEntries()).toHaveLength(0);
  });
});
