import { describe, expect, it } from 'vitest';
import { missingSection } from '../../test-support/builders';
import { translator } from '../../test-support/translator';
import { missingLaneTitles, missingReason } from './missing-sections';

describe('missing sections in words', () => {
  it('says why in the failure’s own message, in each language', async () => {
    const fr = missingReason(missingSection(), await translator('fr'));
    expect(fr).toMatch(/momentanément indisponible/);
    expect(fr).not.toMatch(/MSG00001/);
    expect(missingReason(missingSection(), await translator('nl'))).toMatch(
      /tijdelijk onbeschikbaar/,
    );
    // A key the catalogue does not know (a newer main): its code's sentence, never the code.
    const unknown = missingSection('EXONERATIONS', {
      code: 'BCSS_FAULT',
      messageKey: 'no.such.key',
    });
    const de = missingReason(unknown, await translator('de'));
    expect(de).toMatch(/^Die ZDSS antwortete mit einem Fehler/);
    expect(de).not.toContain('BCSS_FAULT');
  });

  it('names the missing lanes in lane order', async () => {
    const t = await translator('fr');
    const missing = [missingSection('EXONERATIONSART35'), missingSection('GPMI_PIIS')];
    expect(missingLaneTitles({ missing }, t)).toBe('PIIS, Exonérations art. 35');
    expect(missingLaneTitles({}, t)).toBe('');
  });
});
