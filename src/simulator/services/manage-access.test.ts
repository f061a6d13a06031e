// ManageAccess through the SSDN connector: valid documents both ways, REGISTER / UNREGISTER / LIST, the proof check, and MSG00012 lifted for Social Inquiry by a registration.
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS, demoPersona, PersonaRegistry, REPLACEMENT_NISS } from '../personas';
import { AccessRegistrations } from './access-registrations';
import { listOfAttestationHandler } from './list-of-attestation';
import {
  MANAGE_ACCESS_SERVICE_ID,
  MANAGE_ACCESS_VERSION,
  manageAccessHandler,
  NO_PURPOSE_ECHO,
  PROOF_MISMATCH_FIELD,
} from './manage-access';
import { NS, validateXml } from './schemas';
import { socialInquiryService } from './social-inquiry';
import { ssdnConnectorService } from './ssdn';
import {
  askSocialInquiry,
  askSsdn,
  inquiryStatus,
  responseXml,
  ssdnReplyXml,
  ssdnServiceRequestXml,
} from '../../test-support/simulator-services';
import { child, childrenNamed, parseXml, type XmlElement, type XmlTree } from './xml';

const M = NS.manageAccess;
const registry = new PersonaRegistry(DEMO_PERSONAS);

function services() {
  const registrations = new AccessRegistrations();
  return {
    registrations,
    ssdn: ssdnConnectorService({
      handlers: [
        listOfAttestationHandler(registry, registrations),
        manageAccessHandler(registry, registrations),
      ],
    }),
    inquiry: socialInquiryService({ registry, registrations }),
  };
}

interface AccessOptions {
  ssin: string;
  action: 'REGISTER' | 'UNREGISTER' | 'LIST';
  purpose?: number;
  start?: string;
  end?: string;
  sector?: number;
  queryRegister?: 'PRIMARY' | 'SECONDARY' | 'ALL';
  proof?: { lastName: string; firstName?: string; birthDate: string };
}

function manageAccessXml(o: AccessOptions): string {
  const payload: XmlTree = {
    ManageAccessRequest: {
      '@_xmlns': M,
      SSIN: o.ssin,
      ...(o.purpose === undefined ? {} : { Purpose: o.purpose }),
      Period: {
        'common:StartDate': o.start ?? '2024-01-01',
        ...(o.end ? { 'common:EndDate': o.end } : {}),
      },
      Action: o.action,
      ...(o.sector === undefined ? {} : { Sector: o.sector }),
      ...(o.queryRegister ? { QueryRegister: o.queryRegister } : {}),
      ProofOfAuthentication: o.proof
        ? {
            PersonData: {
              LastName: o.proof.lastName,
              ...(o.proof.firstName ? { FirstName: o.proof.firstName } : {}),
              BirthDate: o.proof.birthDate,
            },
          }
        : '',
    },
  };
  return ssdnServiceRequestXml(
    { serviceId: MANAGE_ACCESS_SERVICE_ID, version: MANAGE_ACCESS_VERSION },
    payload,
  );
}

interface AccessReply {
  ok: string;
  codes: string[];
  information: Record<string, string>;
  lines: {
    purpose: string;
    start: string;
    end: string | undefined;
    orgUnit: string;
    register: string;
  }[];
  original: XmlElement | undefined;
}

async function ask(
  ssdn: ReturnType<typeof services>['ssdn'],
  options: AccessOptions,
): Promise<AccessReply> {
  const request = manageAccessXml(options);
  expect((await validateXml(request, ['ssdn', 'manageAccess'])).errors).toEqual([]);
  const reply = await askSsdn(ssdn, request);
  const inner = ssdnReplyXml(reply);
  expect((await validateXml(responseXml(reply), 'webServiceConnector')).errors).toEqual([]);
  expect((await validateXml(inner, ['ssdn', 'manageAccess'])).errors).toEqual([]);
  const root = parseXml(inner);
  const serviceReply = child(root, 'ServiceReply', NS.ssdnService)!;
  const summary = child(serviceReply, 'ResultSummary', NS.ssdnCommon)!;
  const details = childrenNamed(summary, 'Detail', NS.ssdnCommon);
  const information: Record<string, string> = {};
  for (const d of details)
    for (const i of childrenNamed(d, 'Information', NS.ssdnCommon))
      information[child(i, 'FieldName', NS.ssdnCommon)!.text] = child(
        i,
        'FieldValue',
        NS.ssdnCommon,
      )!.text;
  const payload = child(serviceReply, 'ManageAccessReply', M);
  return {
    ok: summary.attributes['ok'] ?? '',
    codes: details.map((d) => child(d, 'ReasonCode', NS.ssdnCommon)?.text ?? ''),
    information,
    lines: payload
      ? childrenNamed(payload, 'Registrations', M).map((r) => {
          const period = child(r, 'Period', M)!;
          return {
            purpose: child(r, 'Purpose', M)!.text,
            start: child(period, 'StartDate', NS.ssdnCommon)!.text,
            end: child(period, 'EndDate', NS.ssdnCommon)?.text,
            orgUnit: child(r, 'OrgUnit', M)!.text,
            register: child(r, 'Register', M)!.text,
          };
        })
      : [],
    original: payload ? child(payload, 'OriginalRequest', M) : undefined,
  };
}

const notIntegrated = demoPersona('not-integrated');

describe('REGISTER, UNREGISTER and LIST', () => {
  it('merges an overlapping registration into one line and lists it', async () => {
    const { ssdn } = services();
    const ssin = notIntegrated.niss;
    const first = await ask(ssdn, {
      ssin,
      action: 'REGISTER',
      purpose: 2,
      start: '2024-01-01',
      end: '2024-06-30',
    });
    expect(first).toMatchObject({ ok: 'YES', codes: [] });
    const second = await ask(ssdn, { ssin, action: 'REGISTER', purpose: 2, start: '2024-05-01' });
    expect(second.lines).toEqual([
      {
        purpose: '2',
        start: '2024-01-01',
        end: undefined,
        orgUnit: '0207777760',
        register: 'SECONDARY',
      },
    ]);
    const listed = await ask(ssdn, {
      ssin,
      action: 'LIST',
      start: '2000-01-01',
      queryRegister: 'SECONDARY',
    });
    expect(listed.lines.map((l) => [l.purpose, l.start, l.end])).toEqual([
      ['2', '2024-01-01', undefined],
    ]);
    // A LIST without a Purpose still echoes one: the schema demands it.
    expect(child(listed.original!, 'Purpose', M)?.text).toBe(String(NO_PURPOSE_ECHO));
    expect(child(listed.original!, 'Register', M)?.text).toBe('SECONDARY');
  });

  it('an UNREGISTER with a period inside a line splits it; LIST ALL shows each line in both registers', async () => {
    const { ssdn } = services();
    const ssin = notIntegrated.niss;
    await ask(ssdn, { ssin, action: 'REGISTER', purpose: 7, start: '2024-01-01' });
    const cut = await ask(ssdn, {
      ssin,
      action: 'UNREGISTER',
      purpose: 7,
      start: '2024-03-01',
      end: '2024-03-31',
    });
    expect(cut.lines.map((l) => [l.start, l.end])).toEqual([
      ['2024-01-01', '2024-02-29'],
      ['2024-04-01', undefined],
    ]);
    const all = await ask(ssdn, { ssin, action: 'LIST', purpose: 7, start: '2000-01-01' });
    expect(all.lines.map((l) => [l.register, l.orgUnit, l.start])).toEqual([
      ['PRIMARY', '17', '2024-01-01'],
      ['PRIMARY', '17', '2024-04-01'],
      ['SECONDARY', '0207777760', '2024-01-01'],
      ['SECONDARY', '0207777760', '2024-04-01'],
    ]);
  });

  it('an open UNREGISTER from the first day removes the registration; LIST then finds nothing (MSG00100)', async () => {
    const { ssdn } = services();
    const ssin = notIntegrated.niss;
    await ask(ssdn, { ssin, action: 'REGISTER', purpose: 2, start: '2024-01-01' });
    const gone = await ask(ssdn, { ssin, action: 'UNREGISTER', purpose: 2, start: '2024-01-01' });
    expect(gone).toMatchObject({ ok: 'YES', lines: [] });
    const listed = await ask(ssdn, { ssin, action: 'LIST', start: '2000-01-01' });
    expect(listed).toMatchObject({ ok: 'YES', codes: ['MSG00100'], lines: [] });
  });

  it('refuses a REGISTER without a quality code, or with one that is not a sector 17 code', async () => {
    const { ssdn } = services();
    const ssin = notIntegrated.niss;
    expect(await ask(ssdn, { ssin, action: 'REGISTER' })).toMatchObject({
      ok: 'NO',
      codes: ['MSG00008'],
      information: { Purpose: 'missing' },
    });
    expect(await ask(ssdn, { ssin, action: 'REGISTER', purpose: 902 })).toMatchObject({
      ok: 'NO',
      codes: ['MSG00008'],
      information: { Purpose: '902' },
    });
  });

  it('answers the BCSS codes for the NISS: invalid, unknown, cancelled, period inverted, another sector', async () => {
    const { ssdn } = services();
    const register = { action: 'REGISTER' as const, purpose: 2 };
    expect((await ask(ssdn, { ...register, ssin: '12345678901' })).codes).toEqual(['MSG00011']);
    expect(
      (await ask(ssdn, { ...register, ssin: demoPersona('unknown-niss').niss })).codes,
    ).toEqual(['MSG00005']);
    expect(
      (await ask(ssdn, { ...register, ssin: demoPersona('cancelled-niss').niss })).codes,
    ).toEqual(['MSG00007']);
    expect(
      (
        await ask(ssdn, {
          ...register,
          ssin: notIntegrated.niss,
          start: '2024-05-01',
          end: '2024-04-01',
        })
      ).codes,
    ).toEqual(['MSG00008']);
    expect(
      (await ask(ssdn, { action: 'LIST', ssin: notIntegrated.niss, sector: 25 })).codes,
    ).toEqual(['MSG00013']);
  });

  it('registers a replaced NISS on its replacement and says so (MSG00006)', async () => {
    const { ssdn, registrations } = services();
    const old = demoPersona('replaced-niss').niss;
    const reply = await ask(ssdn, { ssin: old, action: 'REGISTER', purpose: 1 });
    expect(reply).toMatchObject({
      ok: 'WARNING',
      codes: ['MSG00006'],
      information: { newSSIN: REPLACEMENT_NISS[old] },
    });
    expect(registrations.isRegistered('0207777760', REPLACEMENT_NISS[old]!)).toBe(true);
  });

  it('keeps one CPAS from seeing another one’s registrations', async () => {
    const { ssdn, registrations } = services();
    registrations.register('0209999951', notIntegrated.niss, 2, { begin: '2024-01-01', end: null });
    const listed = await ask(ssdn, {
      ssin: notIntegrated.niss,
      action: 'LIST',
      start: '2000-01-01',
    });
    expect(listed.lines).toEqual([]);
  });
});

describe('the proof of authentication', () => {
  const proof = {
    lastName: notIntegrated.lastName,
    firstName: notIntegrated.firstName,
    birthDate: notIntegrated.birthDate!,
  };

  it('accepts the person’s own data, whatever the case and accents', async () => {
    const { ssdn } = services();
    const reply = await ask(ssdn, {
      ssin: notIntegrated.niss,
      action: 'REGISTER',
      purpose: 2,
      proof: { ...proof, lastName: proof.lastName.toUpperCase() },
    });
    expect(reply).toMatchObject({ ok: 'YES', codes: [] });
  });

  it('refuses data that contradicts the register, naming what did not match, and registers nothing', async () => {
    const { ssdn, registrations } = services();
    const reply = await ask(ssdn, {
      ssin: notIntegrated.niss,
      action: 'REGISTER',
      purpose: 2,
      proof: { ...proof, lastName: 'Jacobsen', birthDate: '1983-06-06' },
    });
    expect(reply).toMatchObject({
      ok: 'NO',
      codes: ['MSG00008'],
      information: { [PROOF_MISMATCH_FIELD]: 'LastName,BirthDate' },
    });
    expect(registrations.isRegistered('0207777760', notIntegrated.niss)).toBe(false);
  });

  it('accepts a birth date given only to the month', async () => {
    const { ssdn } = services();
    const reply = await ask(ssdn, {
      ssin: notIntegrated.niss,
      action: 'REGISTER',
      purpose: 2,
      proof: { lastName: proof.lastName, birthDate: `${proof.birthDate.slice(0, 7)}-00` },
    });
    expect(reply.ok).toBe('YES');
  });
});

describe('Social Inquiry and ListOfAttestation see the registrations', () => {
  it('MSG00012 is gone after REGISTER and back after UNREGISTER', async () => {
    const { ssdn, inquiry } = services();
    const ssin = notIntegrated.niss;
    expect(inquiryStatus(await askSocialInquiry(inquiry, { ssin })).code).toBe('MSG00012');

    await ask(ssdn, { ssin, action: 'REGISTER', purpose: 2, start: '2023-01-01' });
    const registered = inquiryStatus(await askSocialInquiry(inquiry, { ssin }));
    expect(registered.code).toBe('MSG00000');

    await ask(ssdn, { ssin, action: 'UNREGISTER', purpose: 2, start: '2023-01-01' });
    expect(inquiryStatus(await askSocialInquiry(inquiry, { ssin })).code).toBe('MSG00012');
  });

  it('a registration outside the inquiry period does not integrate the person for it', async () => {
    const { ssdn, inquiry } = services();
    const ssin = notIntegrated.niss;
    await ask(ssdn, { ssin, action: 'REGISTER', purpose: 2, start: '2025-01-01' });
    const before = await askSocialInquiry(inquiry, {
      ssin,
      begin: '2023-01-01',
      end: '2023-12-31',
    });
    expect(inquiryStatus(before).code).toBe('MSG00012');
  });

  it('the registration of one CPAS does not integrate the person for another', async () => {
    const { inquiry, registrations } = services();
    registrations.register('0212345668', notIntegrated.niss, 2, { begin: '2020-01-01', end: null });
    const reply = await askSocialInquiry(inquiry, { ssin: notIntegrated.niss });
    expect(inquiryStatus(reply).code).toBe('MSG00012');
  });

  it('ListOfAttestation answers about a registered person too', async () => {
    const { ssdn } = services();
    const ssin = notIntegrated.niss;
    await ask(ssdn, { ssin, action: 'REGISTER', purpose: 2, start: '2023-01-01' });
    const reply = await askSsdn(
      ssdn,
      ssdnServiceRequestXml(
        { serviceId: 'OCMWCPASListOfAttestations', version: '20080317' },
        {
          ListOfAttestationsRequest: {
            '@_xmlns': NS.manageAttests,
            SocialSecurityUser: ssin,
            RequestType: 'FORMULAIRES',
          },
        },
      ),
    );
    const inner = ssdnReplyXml(reply);
    expect(inner).not.toContain('MSG00012');
    expect(inner).toContain('<Attestation>');
  });
});
