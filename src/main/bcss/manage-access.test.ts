// The ManageAccess client against the simulator over mutual TLS: valid requests, typed lines, the codes as DeskErrors, and a registration that lets the Social Inquiry through.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  call,
  persona,
  rejection,
  through,
  useClientSimulator,
} from '../../test-support/client-simulator';
import { DeskFailure } from '../../shared/contract/errors';
import { REPLACEMENT_NISS, validateXml, DEMO_INVESTIGATOR } from '../../test-support/simulator';
import { createInquiryService } from '../inquiry';
import { toDeskError } from './desk-error';
import { BcssFault, BcssStatusError } from './failures';
import {
  listRegistrations as listRegistrationsOnLine,
  MANAGE_ACCESS,
  manageAccessPayload,
  registerPerson as registerPersonOnLine,
  unregisterPerson as unregisterPersonOnLine,
  WHOLE_REGISTRATION_START,
} from './manage-access';
import { buildSsdnServiceRequest } from './ssdn-call';

const listRegistrations = through(listRegistrationsOnLine);
const registerPerson = through(registerPersonOnLine);
const unregisterPerson = through(unregisterPersonOnLine);

const counterpart = useClientSimulator();
const endpoint = (fault?: string) => counterpart.endpoint(fault);

describe('ManageAccess requests', () => {
  const stub = {
    serviceUrls: { ssdnConnector: '' },
    cbe: '0207777760',
    user: DEMO_INVESTIGATOR,
    channel: undefined as never,
  };
  const requests = {
    'REGISTER with a proof': manageAccessPayload('87041214292', {
      action: 'REGISTER',
      purpose: 2,
      period: { from: '2025-01-01', to: '2025-12-31' },
      proof: { lastName: 'Lejeune', firstName: 'Martine', birthDate: '1987-04-00' },
    }),
    'UNREGISTER of the whole registration': manageAccessPayload('87041214292', {
      action: 'UNREGISTER',
      purpose: 2,
      period: { from: WHOLE_REGISTRATION_START },
    }),
    'LIST of every code': manageAccessPayload('87041214292', {
      action: 'LIST',
      purpose: undefined,
      period: { from: WHOLE_REGISTRATION_START },
      register: 'ALL',
    }),
  };
  for (const [name, payload] of Object.entries(requests)) {
    it(`${name} validates against the official schema`, async () => {
      const xml = buildSsdnServiceRequest(stub, {
        ...call(),
        service: MANAGE_ACCESS,
        payload,
      });
      expect(await validateXml(xml, ['ssdn', 'manageAccess'])).toEqual({ valid: true, errors: [] });
    });
  }
});

describe('ManageAccess over TLS', () => {
  it('registers, merges, cuts and lists, with labelled quality codes', async () => {
    const ssin = persona('couple-partner').niss;
    const first = await registerPerson(endpoint(), {
      ...call(),
      ssin,
      purpose: 3,
      period: { from: '2024-01-01', to: '2024-06-30' },
    });
    expect(first.ticketCBSS).toBeTruthy();
    const merged = await registerPerson(endpoint(), {
      ...call(),
      ssin,
      purpose: 3,
      period: { from: '2024-07-01' },
    });
    expect(merged.lines).toEqual([
      {
        purpose: 3,
        purposeLabels: expect.objectContaining({ nl: 'Equivalent leefloon' }),
        from: '2024-01-01',
        to: null,
        register: 'SECONDARY',
        orgUnit: '0207777760',
      },
    ]);
    const cut = await unregisterPerson(endpoint(), {
      ...call(),
      ssin,
      purpose: 3,
      period: { from: '2024-03-01', to: '2024-03-31' },
    });
    expect(cut.lines.map((l) => [l.from, l.to])).toEqual([
      ['2024-01-01', '2024-02-29'],
      ['2024-04-01', null],
    ]);
    const primary = await listRegistrations(endpoint(), { ...call(), ssin, register: 'PRIMARY' });
    expect(primary.lines.map((l) => [l.register, l.orgUnit])).toEqual([
      ['PRIMARY', '17'],
      ['PRIMARY', '17'],
    ]);
    await unregisterPerson(endpoint(), { ...call(), ssin, purpose: 3 });
    expect((await listRegistrations(endpoint(), { ...call(), ssin })).lines).toEqual([]);
  });

  it('lets the Social Inquiry through once the person is registered, and not after UNREGISTER', async () => {
    const inquiry = createInquiryService({
      endpoint: async () => counterpart.endpoint(),
      retry: { attempts: 1, baseDelayMs: 10 },
    });
    const ssin = persona('not-integrated').niss;
    const run = () =>
      inquiry.run({
        requestId: randomUUID(),
        niss: ssin,
        period: { from: '2024-01-01', to: '2024-12-31' },
      });
    const refused = await rejection(run());
    expect((refused as DeskFailure).error).toMatchObject({
      messageKey: 'inquiry.error.status.MSG00012',
    });

    await registerPerson(endpoint(), {
      ...call(),
      ssin,
      purpose: 1,
      period: { from: '2024-01-01' },
      proof: {
        lastName: 'JACOBS',
        firstName: 'Olivier',
        birthDate: persona('not-integrated').birthDate!,
      },
    });
    const answered = await run();
    expect(answered).toMatchObject({ finalNiss: ssin, dataFound: true });

    await unregisterPerson(endpoint(), { ...call(), ssin, purpose: 1 });
    const again = await rejection(run());
    expect((again as DeskFailure).error).toMatchObject({
      messageKey: 'inquiry.error.status.MSG00012',
    });
  });

  it('reports a replaced NISS and keeps the registration on its replacement', async () => {
    const old = persona('replaced-niss').niss;
    const result = await registerPerson(endpoint(), {
      ...call(),
      ssin: old,
      purpose: 2,
      period: { from: '2025-01-01' },
    });
    expect(result).toMatchObject({
      replacedBy: REPLACEMENT_NISS[old],
      ssin: REPLACEMENT_NISS[old],
    });
  });

  it('refuses a proof that contradicts the register, saying which part (MSG00008)', async () => {
    const ssin = persona('couple-partner').niss;
    const error = await rejection(
      registerPerson(endpoint(), {
        ...call(),
        ssin,
        purpose: 2,
        period: { from: '2025-01-01' },
        proof: { lastName: 'Somebody Else', birthDate: '1901-01-01' },
      }),
    );
    expect(error).toBeInstanceOf(BcssStatusError);
    expect(error).toMatchObject({
      code: 'MSG00008',
      information: { ProofOfAuthentication: 'LastName,BirthDate' },
    });
    // Said as a proof that does not match, naming the parts, not as a generic invalid request.
    expect(toDeskError(error)).toMatchObject({
      code: 'BCSS_STATUS',
      messageKey: 'access.error.proof',
      details: { code: 'MSG00008', fields: 'LastName,BirthDate' },
    });
    expect((await listRegistrations(endpoint(), { ...call(), ssin, purpose: 2 })).lines).toEqual(
      [],
    );
  });

  it('maps the BCSS codes: unknown and invalid NISS, another CBE than the certificate’s', async () => {
    const unknown = await rejection(
      registerPerson(endpoint(), {
        ...call(),
        ssin: persona('unknown-niss').niss,
        purpose: 2,
        period: { from: '2025-01-01' },
      }),
    );
    expect(toDeskError(unknown)).toMatchObject({ messageKey: 'inquiry.error.status.MSG00005' });
    const invalid = await rejection(
      listRegistrations(endpoint(), { ...call(), ssin: '12345678901' }),
    );
    expect(toDeskError(invalid)).toMatchObject({ messageKey: 'inquiry.error.status.MSG00011' });
    const foreignCbe = await rejection(
      listRegistrations(
        { ...endpoint(), cbe: '0209999951' },
        { ...call(), ssin: persona('couple-partner').niss },
      ),
    );
    expect(toDeskError(foreignCbe)).toMatchObject({ messageKey: 'inquiry.error.status.MSG00014' });
  });

  it('turns a server fault into a retryable BCSS fault', async () => {
    const error = await rejection(
      listRegistrations(endpoint('http=503'), { ...call(), ssin: persona('couple-partner').niss }),
    );
    expect(error).toBeInstanceOf(BcssFault);
    expect((error as BcssFault).transient).toBe(true);
    expect(toDeskError(error)).toMatchObject({
      code: 'BCSS_FAULT',
      messageKey: 'inquiry.error.fault.server',
    });
  });
});
