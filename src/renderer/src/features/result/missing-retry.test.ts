import { describe, expect, it } from 'vitest';
import { inquiry, item, missingSection } from '../../../../test-support/builders';
import { translator } from '../../../../test-support/translator';
import { retryFailure, retryOutcome, retryProgress } from './missing-retry';

describe('what a retry of a missing section says', () => {
  it('while it runs, and once the section arrived, with its number of periods', async () => {
    const t = await translator('fr');
    expect(retryProgress('piis', t)).toEqual({
      lane: 'piis',
      tone: 'progress',
      text: 'PIIS : nouvelle demande à la BCSS…',
    });
    const completed = inquiry([item({ lane: 'piis' }), item({ lane: 'piis' }), item({})]);
    expect(retryOutcome('piis', completed, t)).toEqual({
      lane: 'piis',
      tone: 'done',
      text: 'PIIS : section complétée, 2 période(s).',
    });
  });

  it('when the section failed again, and why', async () => {
    const t = await translator('nl');
    const still = inquiry([], { missing: [missingSection('GPMI_PIIS')] });
    const status = retryOutcome('piis', still, t);
    expect(status.tone).toBe('missing');
    expect(status.text).toMatch(
      /^GPMI: nog steeds niet beschikbaar — .* Oorzaak: .*tijdelijk onbeschikbaar/,
    );
  });

  it('when it could not be asked at all', async () => {
    const t = await translator('de');
    const status = retryFailure(
      'art35',
      {
        code: 'ENVIRONMENT_MISMATCH',
        messageKey: 'inquiry.error.otherEnvironment',
        details: { environment: 'DEMO', active: 'TEST' },
      },
      t,
    );
    expect(status.tone).toBe('failed');
    expect(status.text).toContain('Umgebung DEMO');
    // A key the catalogue lacks: its code's sentence, never the code itself.
    const unknownKey = retryFailure(
      'art35',
      { code: 'REPORT_FAILED', messageKey: 'no.such.key' as never },
      t,
    ).text;
    expect(unknownKey).toContain('Der Bericht konnte nicht erstellt');
    expect(unknownKey).not.toContain('REPORT_FAILED');
  });
});
