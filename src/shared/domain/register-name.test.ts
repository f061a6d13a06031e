import { describe, expect, it } from 'vitest';
import { inquiry, supplements } from '../../test-support/builders';
import { registerPersonName } from './register-name';

const withNames = (entries: { current: boolean; last: string; first?: string }[]) => {
  const base = supplements({ history: true });
  const extract = base.registerExtract!.extract;
  return inquiry([], {
    supplements: {
      ...base,
      registerExtract: {
        ...base.registerExtract!,
        extract: {
          ...extract,
          informationTypes: [
            ...extract.informationTypes,
            ...entries.map((e) => ({
              code: '010',
              group: 'Names',
              date: null,
              endDate: e.current ? null : { value: '2001-01-01', precision: 'day' as const },
              current: e.current,
              fields: [
                { name: 'Name.LastName', value: e.last, label: e.last },
                ...(e.first ? [{ name: 'Name.FirstName', value: e.first, label: e.first }] : []),
              ],
            })),
          ],
        },
      },
    },
  });
};

describe('the person’s name from the register extract', () => {
  it('is the current TI 010 entry, as LASTNAME Firstnames', () => {
    expect(
      registerPersonName(
        withNames([
          { current: false, last: 'Ancien', first: 'Nom' },
          { current: true, last: 'Dubois', first: 'Amélie Rose' },
        ]),
      ),
    ).toBe('DUBOIS Amélie Rose');
  });

  it('is null without an extract or without a name in it', () => {
    expect(registerPersonName(inquiry([]))).toBeNull();
    expect(registerPersonName(withNames([]))).toBeNull();
  });
});
