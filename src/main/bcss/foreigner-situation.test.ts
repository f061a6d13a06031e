// The ForeignerSituation client against the simulator over mutual TLS: schema-valid requests, typed cards, permits and residence reasons, BIS numbers refused before any call, replaced numbers, and the codes as DeskErrors.
import { describe, expect, it } from 'vitest';
import {
  call,
  persona,
  rejection,
  through,
  useClientSimulator,
} from '../../test-support/client-simulator';
import { RESIDENCE_REASONS } from '../../shared/domain/residence-reasons';
import { makeNiss } from '../../test-support/builders';
import { DEMO_PERSONAS, type Persona, validateXml } from '../../test-support/simulator';
import { toDeskError } from './desk-error';
import { BcssStatusError } from './failures';
import {
  BisNumberRefused,
  consultEmploymentInfos as consultEmploymentInfosOnLine,
  consultSpecialInfos as consultSpecialInfosOnLine,
  employmentInfosCall,
  specialInfosCall,
} from './foreigner-situation';
import { newStyleRequest } from './new-style-call';
import { buildEnvelope } from './soap';

const consultEmploymentInfos = through(consultEmploymentInfosOnLine);
const consultSpecialInfos = through(consultSpecialInfosOnLine);

// A test-only person: a register number replaced by another one (the demo's replaced number is a BIS number,
// which the client refuses before asking), with the partner's residence reason.
const REPLACED_FROM = makeNiss({ year: 1991, month: 5, day: 17, counter: 620 });
const REPLACED_BY = makeNiss({ year: 1991, month: 5, day: 17, counter: 622 });
const REPLACED: Persona = {
  ...persona('couple-partner'),
  key: 'test-replaced-register-number',
  niss: REPLACED_FROM,
  registerState: { kind: 'replaced', by: REPLACED_BY, date: '2022-01-10' },
};

const counterpart = useClientSimulator({ personas: [...DEMO_PERSONAS, REPLACED] });
const endpoint = (fault?: string) => counterpart.endpoint(fault);

describe('ForeignerSituation requests', () => {
  it('follow our model schema for both operations', async () => {
    const cbe = { cbe: '0207777760' };
    const requests = [
      employmentInfosCall({ ...call(), ssin: '87041214292' }),
      employmentInfosCall({ ...call(), ssin: '87041214292', employmentCards: false }),
      specialInfosCall({ ...call(), ssin: '87041214292' }),
    ].map((c) => buildEnvelope(newStyleRequest(cbe, c)));
    for (const request of requests) {
      expect((await validateXml(request, ['soapEnvelope', 'foreignerSituation'])).errors).toEqual(
        [],
      );
    }
  });
});

describe('consultEmploymentInfos', () => {
  it('reads several cards at once, incomplete and indefinite dates included, and the permits', async () => {
    const infos = await consultEmploymentInfos(endpoint(), {
      ...call(),
      ssin: persona('subsidiary-protection').niss,
    });
    expect(infos.found).toBe(true);
    expect(infos.replacedBy).toBeNull();
    expect(infos.employmentCards).toEqual([
      {
        number: 'EC-44021-7731',
        inception: { value: '2023-03', precision: 'month' },
        end: { value: '2024-02-29', precision: 'day' },
        expiry: { value: '2024-02-29', precision: 'day' },
        indefinite: false,
        comment: null,
        duplicate: 1,
      },
      {
        number: 'EC-62063-0952',
        inception: { value: '2024-01-15', precision: 'day' },
        end: null,
        expiry: null,
        indefinite: true,
        comment: 'Durée indéterminée',
        duplicate: null,
      },
    ]);
    expect(infos.workPermits.map((p) => p.number)).toEqual(['WP-2023-8811']);
  });

  it('asks only for the data groups wanted', async () => {
    const infos = await consultEmploymentInfos(endpoint(), {
      ...call(),
      ssin: persona('couple-main-beneficiary').niss,
      employmentCards: false,
    });
    expect(infos.employmentCards).toEqual([]);
    expect(infos.workPermits.map((p) => [p.number, p.indefinite])).toEqual([
      ['WP-2019-0417', false],
      ['WP-2021-2210', true],
    ]);
  });

  it('reads "nothing recorded" as an empty, not-found answer', async () => {
    const infos = await consultEmploymentInfos(endpoint(), {
      ...call(),
      ssin: persona('couple-partner').niss,
    });
    expect([infos.found, infos.employmentCards, infos.workPermits]).toEqual([false, [], []]);
  });
});

describe('consultSpecialInfos', () => {
  it('reads the residence reason with its labels and the person opening the family reunification', async () => {
    const infos = await consultSpecialInfos(endpoint(), {
      ...call(),
      ssin: persona('couple-partner').niss,
    });
    const reason = RESIDENCE_REASONS['01010101']!;
    expect(infos.specialInfos).toEqual([
      {
        inception: { value: '2019-09-16', precision: 'day' },
        expiry: { value: '2024-09-15', precision: 'day' },
        indefinite: false,
        comments: [],
        reason: { code: '01010101', label: { fr: reason.fr, nl: reason.nl, de: reason.fr } },
        reunificationWith: { kind: 'ssin', ssin: persona('couple-main-beneficiary').niss },
      },
    ]);
  });
});

describe('ForeignerSituation refusals', () => {
  it('refuses a BIS number before any call, as the REG00004 message', async () => {
    // An address where nothing listens: reaching it would fail as a transport error, not a refusal.
    const nowhere = {
      ...endpoint(),
      serviceUrls: { ...endpoint().serviceUrls, foreignerSituation: 'https://127.0.0.1:9/consult' },
    };
    const ssin = persona('bis-urgent-medical-aid').niss;
    for (const attempt of [
      consultEmploymentInfos(nowhere, { ...call(), ssin }),
      consultSpecialInfos(nowhere, { ...call(), ssin }),
    ]) {
      const error = await rejection(attempt);
      expect(error).toBeInstanceOf(BisNumberRefused);
      expect(toDeskError(error)).toMatchObject({
        code: 'BCSS_STATUS',
        messageKey: 'inquiry.error.status.REG00004',
        details: { code: 'REG00004', ticketCBSS: null },
      });
    }
  });

  it('answers a replaced number with the final one', async () => {
    const infos = await consultSpecialInfos(endpoint(), { ...call(), ssin: REPLACED_FROM });
    expect([infos.ssin, infos.replacedBy, infos.found]).toEqual([REPLACED_BY, REPLACED_BY, true]);
    expect(infos.specialInfos[0]?.reason?.code).toBe('01010101');
  });

  it.each([
    ['unknown-niss', 'MSG00005'],
    ['cancelled-niss', 'MSG00007'],
    ['not-integrated', 'MSG00012'],
    ['legal-context-refused', 'MSG00013'],
  ])('%s: %s, as the localized status message', async (key, code) => {
    const error = await rejection(
      consultSpecialInfos(endpoint(), { ...call(), ssin: persona(key).niss }),
    );
    expect(error).toBeInstanceOf(BcssStatusError);
    expect(toDeskError(error)).toMatchObject({
      messageKey: `inquiry.error.status.${code}`,
      details: { code },
    });
  });
});
