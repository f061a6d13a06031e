import { describe, expect, it } from 'vitest';
import { missingSection } from '../../test-support/builders';
import { translator } from '../i18n/translator';
import { missingLaneTitles, missingReason } from './missing-sections';

describe('missing sections in words', () => {
  it('says why in the failure’s own message, in each language', () => {
    expect(missingReason(missingSection(), translator('fr'))).toMatch(
      /momentanément indisponible \(MSG00001\)/,
    );
    expect(missingReason(missingSection(), translator('nl'))).toMatch(/MSG00001/);
    // A key the catalogue does not know (a newer main) falls back to the failure's code.
    const unknown = missingSection('EXONERATIONS', {
      code: 'BCSS_FAULT',
      messageKey: 'no.such.key',
    });
    expect(missingReason(unknown, translator('de'))).toBe('BCSS_FAULT');
  });

  it('names the missing lanes in lane order', () => {
    const missing = [missingSection('GPMI_PIIS'), missingSection('EXONERATIONSART35')];
    expect(missingLaneTitles({ missing }, translator('fr'))).toBe('PIIS, Exonérations art. 35');
    expect(missingLaneTitles({}, translator('fr'))).toBe('');
  });
});
