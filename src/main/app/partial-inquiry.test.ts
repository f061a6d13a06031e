// A partial answer through the composed desk: a version-1 inquiry whose PIIS completion fails is shown and
// saved without its PIIS section, marked missing; retryMissingSections asks for that section only, completes
// the saved inquiry and clears the mark; the audit log has every try.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import { composeTestDesk, deskFailureOf } from '../../test-support/desk';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { readInquiryJson } from '../report';

const niss = DEMO_PERSONAS.find((p) => p.key === 'piis-extension')!.niss;
const today = new Date().toLocaleDateString('sv-SE');

function composed(faults: string) {
  return composeTestDesk({
    env: { INQUIRY_DESK_SIMULATOR_VERSION: '1', INQUIRY_DESK_SIMULATOR_FAULTS: faults },
  });
}

const inquire = (handlers: ReturnType<typeof composed>['handlers']) =>
  handlers.runInquiry({
    requestId: randomUUID(),
    niss,
    period: { from: '2015-01-01', to: '2026-12-31' },
    personName: 'Personne PIIS',
  });

/** The audit rows of ListOfAttestation calls, with their outcomes, in order. */
async function attestationOutcomes(handlers: ReturnType<typeof composed>['handlers']) {
  const audit = await handlers.exportAudit({ from: today, to: today, language: 'fr' });
  return audit.csv.split(/\r?\n/).filter((line) => line.includes('ListOfAttestation'));
}

describe('a partial answer through the desk', () => {
  // The client tries each call three times: the PIIS completion fails, the next request succeeds.
  const desk = composed('http=503,match=GPMI_PIIS,times=3');
  const { handlers } = desk;
  afterAll(() => desk.close());
  let partial: Inquiry;

  it('is shown and saved with the PIIS section marked missing', async () => {
    partial = await inquire(handlers);
    expect(partial.answerVersion).toBe(1);
    expect(partial.missing).toMatchObject([
      { requestType: 'GPMI_PIIS', lane: 'piis', reason: { code: 'BCSS_FAULT' } },
    ]);
    expect(partial.items.some((item) => item.lane === 'piis')).toBe(false);
    expect(partial.items.some((item) => item.lane === 'residence')).toBe(true);
    expect(await handlers.openSavedInquiry({ id: partial.id })).toEqual(partial);
    const listing = await handlers.listSavedInquiries({});
    expect(listing.inquiries.map((summary) => summary.id)).toContain(partial.id);
    const rows = await attestationOutcomes(handlers);
    expect(rows.filter((row) => row.includes('MSG00001'))).toHaveLength(3);

    // Its JSON archive keeps the mark, and says it in words.
    const json = await handlers.exportInquiry({ id: partial.id, format: 'json' });
    if (json.kind !== 'download') throw new Error('expected a download');
    const archive = readInquiryJson(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(archive.inquiry).toEqual(partial);
    expect(archive.missingSections?.map((m) => m.notice)).toEqual([
      'PIIS : non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
    ]);
  }, 60_000);

  it('retryMissingSections completes the saved inquiry with the PIIS section only', async () => {
    const before = (await attestationOutcomes(handlers)).length;
    const completed = await handlers.retryMissingSections({ id: partial.id });
    expect(completed.missing).toBeUndefined();
    expect(completed.items.filter((item) => item.lane === 'piis').length).toBeGreaterThan(0);
    // Everything else as it was.
    expect(completed.items.filter((item) => item.lane !== 'piis')).toEqual(
      partial.items.filter((item) => item.lane !== 'piis'),
    );
    expect(completed.calls.at(-1)).toMatchObject({
      service: 'ListOfAttestation',
      requestType: 'GPMI_PIIS',
    });
    expect(await handlers.openSavedInquiry({ id: partial.id })).toEqual(completed);
    // One more call, audited.
    expect((await attestationOutcomes(handlers)).length).toBe(before + 1);

    const json = await handlers.exportInquiry({ id: partial.id, format: 'json' });
    if (json.kind !== 'download') throw new Error('expected a download');
    const archive = readInquiryJson(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(archive.inquiry).toEqual(completed);
  }, 60_000);

  it('refuses an unknown saved inquiry', async () => {
    expect(await deskFailureOf(() => handlers.retryMissingSections({ id: 'nope' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('sections that keep failing', () => {
  // 'EXONERATIONS' is in both exemption request types: two sections fail, on every try.
  const desk = composed('http=503,match=EXONERATIONS');
  const { handlers } = desk;
  afterAll(() => desk.close());

  it('stay missing after a retry, the saved inquiry otherwise unchanged; one can be asked alone', async () => {
    const partial = await inquire(handlers);
    expect(partial.missing?.map((m) => m.lane)).toEqual(['art35', 'artistic']);
    const again = await handlers.retryMissingSections({ id: partial.id });
    expect(again.missing?.map((m) => m.lane)).toEqual(['art35', 'artistic']);
    expect({ ...again, missing: undefined }).toEqual({ ...partial, missing: undefined });
    expect(await handlers.openSavedInquiry({ id: partial.id })).toEqual(again);

    // This section only: its three tries, the other's mark as it was.
    const before = (await attestationOutcomes(handlers)).length;
    const one = await handlers.retryMissingSections({
      id: partial.id,
      requestTypes: ['EXONERATIONSART35'],
    });
    expect((await attestationOutcomes(handlers)).length).toBe(before + 3);
    expect(one.missing?.map((m) => m.lane)).toEqual(['art35', 'artistic']);
    expect(one.missing![1]).toEqual(again.missing![1]);
  }, 60_000);
});
