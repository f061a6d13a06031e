// The inquiry service against the simulator over mutual TLS: answers, completion through
// ListOfAttestation, every refusal, retries, hostile answers, cancel.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InquiryRequest } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import type { Inquiry, InquiryItem } from '../../shared/domain/inquiry';
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

function service(fault?: string) {
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
    expect(slow.progress(call.requestId)).toEqual({ step: 'socialInquiry', attempt: 1 });
    expect(slow.cancel(call.requestId)).toBe(true);
    expect(await failure(running)).toMatchObject({ code: 'CANCELLED' });
    expect(slow.progress(call.requestId)).toBeNull();
  });
});
