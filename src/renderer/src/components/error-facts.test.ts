import { describe, expect, it } from 'vitest';
import { displayDetails, errorFacts } from './error-facts';

describe('errorFacts', () => {
  it('shows the final NISS with the message; the BCSS code, its text, the ticket and our code behind technical details', () => {
    expect(
      errorFacts({
        code: 'BCSS_STATUS',
        messageKey: 'errors.internal',
        details: {
          code: 'MSG00012',
          description: 'Not integrated',
          ticketCBSS: '6f1c2f4e-0000-4000-8000-000000000001',
          finalNiss: '85073003328',
        },
      }),
    ).toEqual({
      shown: [{ kind: 'finalNiss', value: '85.07.30-033.28' }],
      technical: [
        { kind: 'bcssCode', value: 'MSG00012' },
        { kind: 'description', value: 'Not integrated' },
        { kind: 'ticket', value: '6f1c2f4e-0000-4000-8000-000000000001' },
        { kind: 'appCode', value: 'BCSS_STATUS' },
      ],
    });
  });

  it('has only our code for an error without BCSS details, and nothing for a cancellation', () => {
    expect(
      errorFacts({
        code: 'TRANSPORT',
        messageKey: 'errors.internal',
        details: { kind: 'dns', code: '' },
      }),
    ).toEqual({ shown: [], technical: [{ kind: 'appCode', value: 'TRANSPORT' }] });
    expect(errorFacts({ code: 'CANCELLED', messageKey: 'inquiry.error.cancelled' })).toEqual({
      shown: [],
      technical: [],
    });
  });
});

describe('displayDetails', () => {
  it('writes dates and NISS numbers as the screen does, leaving the rest alone', () => {
    expect(
      displayDetails({
        deceiseDate: '2025-08-14',
        newSsin: '85073003328',
        code: 'MSG00009',
        status: 503,
        x: null,
      }),
    ).toEqual({
      deceiseDate: '14/08/2025',
      newSsin: '85.07.30-033.28',
      code: 'MSG00009',
      status: 503,
      x: null,
    });
    expect(displayDetails(undefined)).toEqual({});
  });
});
