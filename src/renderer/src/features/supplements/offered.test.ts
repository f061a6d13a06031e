import { describe, expect, it } from 'vitest';
import { persona } from '../../../../test-support/builders';
import { offeredSupplements } from './offered';

const niss = (key: string) => persona(key).niss;

describe('the other services offered for a person', () => {
  it('offers the register extract and the foreigner situation for a national number', () => {
    expect(offeredSupplements(niss('belgian-ris'))).toEqual({
      registerExtract: true,
      foreignerSituation: true,
    });
  });

  it('offers neither for a BIS number (both would answer REG00004)', () => {
    expect(offeredSupplements(niss('bis-urgent-medical-aid'))).toEqual({
      registerExtract: false,
      foreignerSituation: false,
    });
  });
});
