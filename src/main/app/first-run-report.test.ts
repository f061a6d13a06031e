// The report names the investigator of the settings, never the OS account: before the first-run panel is
// answered it says the name is not given.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { composeTestDesk } from '../../test-support/desk';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { readInquiryJson } from '../report';

const niss = DEMO_PERSONAS.find((p) => p.key === 'belgian-ris')!.niss;

describe('the investigator on the report', () => {
  const desk = composeTestDesk();
  const { handlers } = desk;
  afterAll(() => desk.close());

  async function exportedBy(id: string) {
    const json = await handlers.exportInquiry({ id, format: 'json' });
    if (json.kind !== 'download') throw new Error('expected a download');
    return readInquiryJson(Buffer.from(json.base64, 'base64').toString('utf8')).exportedBy;
  }

  it('is "not given" until configured, never the OS account, then the name of the settings', async () => {
    expect((await handlers.getPreferences(undefined as never)).firstRunDone).toBe(false);
    const inquiry = await handlers.runInquiry({
      requestId: randomUUID(),
      niss,
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
    const before = await exportedBy(inquiry.id);
    expect(before.investigator).toBe('Non indiqué dans les paramètres');
    expect(before.investigator).not.toBe(userInfo().username);

    await handlers.saveInvestigator({
      name: 'Claire Dumont',
      ssin: '87041214292',
      email: 'claire.dumont@example.org',
    });
    await handlers.updatePreferences({ firstRunDone: true });
    expect((await exportedBy(inquiry.id)).investigator).toBe('Claire Dumont');
    expect((await handlers.getPreferences(undefined as never)).firstRunDone).toBe(true);
  }, 60_000);
});
