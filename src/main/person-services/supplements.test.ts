// The register extract and the foreigner situation consulted from a saved inquiry: the answers are kept with
// it (reopened as they were, in its JSON archive), every call audited, and a BIS number refused in words.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DeskFailure } from '../../shared/contract/errors';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { readInquiryJson } from '../report';
import { composeTestDesk } from '../../test-support/desk';

const desk = composeTestDesk();
const handlers = desk.handlers;
afterAll(() => desk.close());

const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
const inquire = (key: string) =>
  handlers.runInquiry({
    requestId: randomUUID(),
    niss: niss(key),
    period: { from: '2015-01-01', to: '2026-12-31' },
  });

describe('supplements of a saved inquiry', () => {
  it('keeps the foreigner situation with the inquiry: work documents, residence reason, reunification', async () => {
    const inquiry = await inquire('couple-partner');
    const updated = await handlers.consultForeignerSituation({ id: inquiry.id });
    const situation = updated.supplements?.foreignerSituation;
    expect(situation?.calls).toHaveLength(2);
    expect(situation?.specialInfos[0]?.reunificationWith).toEqual({
      kind: 'ssin',
      ssin: niss('couple-main-beneficiary'),
    });
    expect(situation?.specialInfos[0]?.reason?.code).toBe('01010101');
    expect(await handlers.openSavedInquiry({ id: inquiry.id })).toEqual(updated);
    // The rest of the inquiry is untouched.
    expect({ ...updated, supplements: undefined }).toEqual({ ...inquiry, supplements: undefined });

    const json = await handlers.exportInquiry({ id: inquiry.id, format: 'json' });
    expect(json.kind).toBe('download');
    if (json.kind !== 'download') return;
    const archive = readInquiryJson(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(archive.inquiry).toEqual(updated);
  }, 60_000);

  it('adds the register extract beside it, current values or the whole history', async () => {
    const inquiry = await inquire('subsidiary-protection');
    await handlers.consultForeignerSituation({ id: inquiry.id });
    const current = await handlers.consultRegisterExtract({ id: inquiry.id, history: false });
    const extract = current.supplements?.registerExtract?.extract;
    expect(extract?.history).toBe(false);
    expect(extract?.informationTypes.map((entry) => entry.code)).toContain('031');
    expect(extract?.informationTypes.every((entry) => entry.current)).toBe(true);
    // Both supplements stay.
    expect(current.supplements?.foreignerSituation?.employmentCards.length).toBe(2);

    const full = await handlers.consultRegisterExtract({ id: inquiry.id, history: true });
    const all = full.supplements!.registerExtract!.extract.informationTypes;
    expect(all.length).toBeGreaterThan(extract!.informationTypes.length);
    expect(all.some((entry) => !entry.current)).toBe(true);

    const today = new Date().toLocaleDateString('sv-SE');
    const audit = await handlers.exportAudit({ from: today, to: today, language: 'fr' });
    expect(audit.csv).toContain('RetrieveTIGroups');
    expect(audit.csv).toContain('ForeignerSituation');
  }, 60_000);

  it('refuses the foreigner situation of a BIS number with the REG00004 message, saving nothing', async () => {
    const inquiry = await inquire('bis-urgent-medical-aid');
    const error = await Promise.resolve(
      handlers.consultForeignerSituation({ id: inquiry.id }),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeskFailure);
    expect((error as DeskFailure).error).toMatchObject({
      code: 'BCSS_STATUS',
      messageKey: 'inquiry.error.status.REG00004',
    });
    expect((await handlers.openSavedInquiry({ id: inquiry.id })).supplements).toBeUndefined();
  }, 60_000);
});
