import { describe, expect, it } from 'vitest';
import type { DemoPerson } from '../../../../shared/contract/contract';
import {
  inquiryRequest,
  isReady,
  rerunInput,
  withNiss,
  withPickedPerson,
  type InquiryInput,
} from './inquiry-input';

const teaches = { fr: 'x', nl: 'x', de: 'x' };
const LEJEUNE: DemoPerson = {
  niss: '85073003328',
  lastName: 'Lejeune',
  firstName: 'Martine',
  teaches,
  expectedCode: null,
};
const HADDAD: DemoPerson = {
  niss: '98472899765',
  lastName: 'Haddad',
  firstName: 'Rami',
  teaches,
  expectedCode: null,
};
const PERSONS = [LEJEUNE, HADDAD];
const EMPTY: InquiryInput = {
  niss: '',
  period: { from: '2025-01-01', to: '2025-12-31' },
  personName: '',
};

describe('the start screen input', () => {
  it('is ready with a valid NISS and period, whatever the name', () => {
    expect(isReady(EMPTY)).toBe(false);
    expect(isReady({ ...EMPTY, niss: '85.07.30-033.28' })).toBe(true);
    expect(isReady({ ...EMPTY, niss: '85.07.30-033.28', period: { from: '', to: '' } })).toBe(
      false,
    );
  });

  it('takes the NISS and "LASTNAME Firstname" from the demo picker', () => {
    expect(withPickedPerson(EMPTY, LEJEUNE)).toEqual({
      ...EMPTY,
      niss: '85.07.30-033.28',
      personName: 'LEJEUNE Martine',
    });
  });

  it('drops the picker’s name when another NISS is typed, but keeps a typed name', () => {
    const picked = withPickedPerson(EMPTY, LEJEUNE);
    expect(withNiss(picked, '85.07.30-033.2', PERSONS).personName).toBe('LEJEUNE Martine');
    expect(withNiss(picked, '85.07.30-033.29', PERSONS).personName).toBe('');
    expect(withNiss(picked, '98.47.28-997.65', PERSONS).personName).toBe('');
    expect(withNiss(picked, '', PERSONS).personName).toBe('');
    expect(withNiss(picked, '85073003328', PERSONS).personName).toBe('LEJEUNE Martine');
    const typed = { ...picked, personName: 'Martine L.' };
    expect(withNiss(typed, '98.47', PERSONS).personName).toBe('Martine L.');
    expect(withNiss({ ...EMPTY, personName: 'Dupont' }, '1', PERSONS).personName).toBe('Dupont');
  });

  it('sends digits only, and the name trimmed or not at all', () => {
    const input = { ...EMPTY, niss: '85.07.30-033.28', personName: '  LEJEUNE   Martine ' };
    expect(inquiryRequest(input, 'id')).toEqual({
      requestId: 'id',
      niss: '85073003328',
      period: EMPTY.period,
      personName: 'LEJEUNE Martine',
    });
    expect(inquiryRequest({ ...input, personName: '   ' }, 'id')).not.toHaveProperty('personName');
    expect(inquiryRequest({ ...input, personName: 'x'.repeat(300) }, 'id').personName).toHaveLength(
      200,
    );
  });

  it('reruns a saved inquiry with its NISS as asked, its period and its name', () => {
    expect(rerunInput({ niss: '85073003328', period: EMPTY.period }, 'LEJEUNE Martine')).toEqual({
      niss: '85.07.30-033.28',
      period: EMPTY.period,
      personName: 'LEJEUNE Martine',
    });
    expect(rerunInput({ niss: '85073003328', period: EMPTY.period }, null).personName).toBe('');
  });
});
