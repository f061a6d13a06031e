// ManageAccess and IdentifyPerson through the assembled desk (demo environment): MSG00012 lifted by a
// registration and back after its removal, a proof that is not the person's refused, a NISS found by a name
// spelt differently, and every call in the audit log.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { composeTestDesk, deskFailureOf } from '../../test-support/desk';

const person = DEMO_PERSONAS.find((p) => p.key === 'not-integrated')!;
const composed = composeTestDesk();
const desk = composed.handlers;

afterAll(() => composed.close());

const inquire = () =>
  desk.runInquiry({
    requestId: randomUUID(),
    niss: person.niss,
    period: { from: '2024-01-01', to: '2026-12-31' },
  });

describe('person services through the desk', () => {
  it('a registration lifts MSG00012, its removal brings it back', async () => {
    expect((await deskFailureOf(inquire)).details?.code).toBe('MSG00012');

    const registered = await desk.registerPerson({
      niss: person.niss,
      purpose: 1,
      period: { from: '2024-01-01', to: null },
    });
    expect(registered.lines).toContainEqual(
      expect.objectContaining({ purpose: 1, from: '2024-01-01', to: null, register: 'SECONDARY' }),
    );
    expect((await inquire()).finalNiss).toBe(person.niss);

    const listed = await desk.listRegistrations({ niss: person.niss, register: 'SECONDARY' });
    expect(listed.lines.map((line) => [line.purpose, line.from, line.to])).toEqual([
      [1, '2024-01-01', null],
    ]);

    await desk.unregisterPerson({ niss: person.niss, purpose: 1 });
    expect((await deskFailureOf(inquire)).details?.code).toBe('MSG00012');
  }, 60_000);

  it('refuses a proof of identity that is not the person, and registers nothing', async () => {
    const error = await deskFailureOf(() =>
      desk.registerPerson({
        niss: person.niss,
        purpose: 2,
        period: { from: '2025-01-01', to: '2025-12-31' },
        proof: { lastName: 'Somebody-Else', birthDate: '1982-06-06' },
      }),
    );
    expect(error).toMatchObject({ code: 'BCSS_STATUS', messageKey: 'access.error.proof' });
    expect(String(error.details?.fields)).toContain('LastName');
    const listed = await desk.listRegistrations({ niss: person.niss, register: 'ALL' });
    expect(listed.lines.filter((line) => line.purpose === 2)).toEqual([]);
  }, 60_000);

  it('refuses an invalid NISS or an unknown quality code before any call', async () => {
    expect(
      (
        await deskFailureOf(() =>
          desk.registerPerson({
            niss: '12345678901',
            purpose: 1,
            period: { from: '2025-01-01', to: null },
          }),
        )
      ).code,
    ).toBe('INVALID_NISS');
    expect(
      (
        await deskFailureOf(() =>
          desk.registerPerson({
            niss: person.niss,
            purpose: 77,
            period: { from: '2025-01-01', to: null },
          }),
        )
      ).messageKey,
    ).toBe('access.error.purpose');
  });

  it('finds the NISS from a name spelt another way, and audits every call', async () => {
    const found = await desk.searchPersons({
      lastName: `${person.lastName.slice(0, 2)}k${person.lastName.slice(3)}`,
      birthDate: person.birthDate!.slice(0, 4),
    });
    expect(found.candidates.map((candidate) => candidate.ssin)).toContain(person.niss);

    const today = new Date().toLocaleDateString('sv-SE');
    const audit = await desk.exportAudit({ from: today, to: today, language: 'fr' });
    expect(audit.csv).toContain('ManageAccess');
    expect(audit.csv).toContain('IdentifyPerson');
  }, 60_000);
});
