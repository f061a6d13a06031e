// The simulated ForeignerSituation (our model): schema-valid requests and answers, cards and permits with indefinite and incomplete dates, residence reasons with a family-reunification link, BIS refusal, replaced numbers.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RESIDENCE_REASONS } from '../../shared/domain/residence-reasons';
import { DEMO_PERSONAS, demoPersona, generatePersonas, PersonaRegistry } from '../personas';
import {
  FOREIGNER_SITUATION_ACTIONS,
  FOREIGNER_SITUATION_LEGAL_CONTEXT,
  foreignerSituationService,
} from './foreigner-situation';
import { NS, validateXml } from './schemas';
import {
  CLIENT_CBE,
  envelope,
  expectFault,
  inquiryStatus,
  responseXml,
  soapRequest,
} from '../../test-support/simulator-services';
import { child, childrenNamed, childText, parseXml, type XmlElement } from './xml';

const service = foreignerSituationService({ registry: new PersonaRegistry(DEMO_PERSONAS) });

type Operation = 'consultEmploymentInfos' | 'consultSpecialInfos';

interface AskOptions {
  ssin: string;
  groups?: { employmentCards: boolean; workPermits: boolean };
  legalContext?: string;
}

function requestFor(operation: Operation, options: AskOptions): string {
  return envelope({
    [`fs:${operation}Request`]: {
      '@_xmlns:fs': NS.foreignerSituationIntf,
      informationCustomer: {
        ticket: randomUUID(),
        timestampSent: '2026-11-23T10:00:00.000+01:00',
        customerIdentification: { cbeNumber: CLIENT_CBE },
      },
      legalContext: options.legalContext ?? FOREIGNER_SITUATION_LEGAL_CONTEXT,
      criteria: {
        ssin: options.ssin,
        ...(operation === 'consultEmploymentInfos'
          ? {
              dataGroups: {
                employmentCards: String(options.groups?.employmentCards ?? true),
                workPermits: String(options.groups?.workPermits ?? true),
              },
            }
          : {}),
      },
    },
  });
}

const ACTION: Record<Operation, string> = {
  consultEmploymentInfos: FOREIGNER_SITUATION_ACTIONS.employment,
  consultSpecialInfos: FOREIGNER_SITUATION_ACTIONS.special,
};

async function ask(operation: Operation, options: AskOptions) {
  const reply = await service.handle(
    soapRequest(requestFor(operation, options), ACTION[operation]),
  );
  const xml = responseXml(reply);
  const root = parseXml(xml);
  return { xml, root, status: inquiryStatus(reply), result: child(root, 'result') };
}

function list(result: XmlElement | undefined, group: string, item: string): XmlElement[] {
  const holder = result ? child(result, group) : undefined;
  return holder ? childrenNamed(holder, item) : [];
}

describe('ForeignerSituation messages', () => {
  it('accepts the requests a client sends and answers schema-valid, for every person and both operations', async () => {
    for (const persona of DEMO_PERSONAS) {
      for (const operation of ['consultEmploymentInfos', 'consultSpecialInfos'] as const) {
        const request = requestFor(operation, { ssin: persona.niss });
        expect((await validateXml(request, ['soapEnvelope', 'foreignerSituation'])).errors).toEqual(
          [],
        );
        const { xml } = await ask(operation, { ssin: persona.niss });
        expect((await validateXml(xml, 'foreignerSituation')).errors, persona.key).toEqual([]);
      }
    }
  });

  it('answers generated foreign workers their permits, schema-valid', async () => {
    const generated = generatePersonas(
      30,
      1970,
      DEMO_PERSONAS.map((p) => p.niss),
    );
    const workers = generated.filter((p) => p.foreigner);
    expect(workers.length).toBeGreaterThan(0);
    const own = foreignerSituationService({ registry: new PersonaRegistry(generated) });
    for (const worker of workers) {
      const reply = await own.handle(
        soapRequest(
          requestFor('consultEmploymentInfos', { ssin: worker.niss }),
          ACTION.consultEmploymentInfos,
        ),
      );
      const xml = responseXml(reply);
      expect((await validateXml(xml, 'foreignerSituation')).errors, worker.key).toEqual([]);
      const permits = list(child(parseXml(xml), 'result'), 'workPermits', 'workPermit');
      expect(permits.length, worker.key).toBe(worker.foreigner?.workPermits.length);
    }
  });

  it('refuses a body that is not the operation its SOAPAction names (MSG00004)', async () => {
    const special = requestFor('consultSpecialInfos', { ssin: demoPersona('couple-partner').niss });
    expectFault(
      await service.handle(soapRequest(special, FOREIGNER_SITUATION_ACTIONS.employment)),
      'MSG00004',
    );
  });
});

describe('consultEmploymentInfos', () => {
  const rahimi = demoPersona('subsidiary-protection');

  it('gives several cards at once, with incomplete and indefinite dates as recorded', async () => {
    const { status, result } = await ask('consultEmploymentInfos', { ssin: rahimi.niss });
    expect(status.code).toBe('MSG00000');
    const cards = list(result, 'employmentCards', 'employmentCard');
    expect(cards.map((c) => childText(c, 'inceptionDate'))).toEqual(['2023-03-00', '2024-01-15']);
    expect(cards.map((c) => childText(child(c, 'expirationDetails')!, 'expiryDate'))).toEqual([
      '2024-02-29',
      '9999-00-00',
    ]);
    expect(
      list(result, 'workPermits', 'workPermit').map((p) => childText(p, 'permitNumber')),
    ).toEqual(['WP-2023-8811']);
  });

  it('gives only the data groups asked for', async () => {
    const { result } = await ask('consultEmploymentInfos', {
      ssin: rahimi.niss,
      groups: { employmentCards: false, workPermits: true },
    });
    expect(result && child(result, 'employmentCards')).toBeUndefined();
    expect(list(result, 'workPermits', 'workPermit')).toHaveLength(1);
  });

  it('answers no data for a person without cards or permits', async () => {
    const { status, result } = await ask('consultEmploymentInfos', {
      ssin: demoPersona('couple-partner').niss,
    });
    expect([status.value, status.code]).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    expect(result).toBeUndefined();
  });
});

describe('consultSpecialInfos', () => {
  it('gives the residence reason with its French and Dutch labels and who opens the family reunification', async () => {
    const partner = demoPersona('couple-partner');
    const { result, status } = await ask('consultSpecialInfos', { ssin: partner.niss });
    expect(status.code).toBe('MSG00000');
    const [info] = list(result, 'specialInfos', 'specialInfo');
    const limosa = child(info!, 'limosa')!;
    const reason = child(limosa, 'reason1')!;
    expect(childText(reason, 'code')).toBe('01010101');
    const labels = childrenNamed(child(reason, 'description')!, 'description').map((d) => [
      d.attributes['language'],
      d.text,
    ]);
    expect(labels).toEqual([
      ['FR', RESIDENCE_REASONS['01010101']?.fr],
      ['NL', RESIDENCE_REASONS['01010101']?.nl],
    ]);
    const opener = childText(child(limosa, 'nrBase')!, 'ssin');
    // The link leads to another person the simulator knows.
    expect(opener).toBe(demoPersona('couple-main-beneficiary').niss);
    expect((await ask('consultSpecialInfos', { ssin: opener! })).status.code).toBe('MSG00000');
  });
});

describe('ForeignerSituation status codes', () => {
  it.each(['consultEmploymentInfos', 'consultSpecialInfos'] as const)(
    '%s refuses a BIS number with REG00004',
    async (operation) => {
      const { status, result } = await ask(operation, {
        ssin: demoPersona('bis-urgent-medical-aid').niss,
      });
      expect([status.value, status.code]).toEqual(['NO_RESULT', 'REG00004']);
      expect(result).toBeUndefined();
    },
  );

  it('answers a replaced number for its replacement and names it', async () => {
    const persona = demoPersona('replaced-niss');
    const final = persona.registerState.kind === 'replaced' ? persona.registerState.by : '';
    const { status, root, result } = await ask('consultEmploymentInfos', { ssin: persona.niss });
    expect([status.code, status.information['newSSIN'], childText(root, 'ssin')]).toEqual([
      'MSG00000',
      final,
      final,
    ]);
    expect(list(result, 'workPermits', 'workPermit')).toHaveLength(1);
  });

  it.each([
    ['unknown-niss', 'MSG00005'],
    ['cancelled-niss', 'MSG00007'],
    ['not-integrated', 'MSG00012'],
  ])('%s answers %s', async (key, code) => {
    expect((await ask('consultSpecialInfos', { ssin: demoPersona(key).niss })).status.code).toBe(
      code,
    );
  });

  it('answers another legal context with MSG00013', async () => {
    const { status } = await ask('consultSpecialInfos', {
      ssin: demoPersona('couple-partner').niss,
      legalContext: 'VDAB:DOSSIER_MANAGEMENT',
    });
    expect(status.code).toBe('MSG00013');
  });
});
