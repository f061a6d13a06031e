// Strings from the server are bounded before they travel; control characters never reach a screen or a file.
import { describe, expect, it } from 'vitest';
import { auditedCall, type BcssCallEvent } from './audited-call';
import { BcssFault, BcssStatusError } from './failures';
import { bounded, SERVER_STRING_LIMITS } from './server-strings';
import { ANSWER_LIMITS } from './answer-limits';
import { readDocument } from './answer-reader';
import { buildXml, MalformedXml } from './xml';

const huge = 'X'.repeat(5 * 1024 * 1024);

describe('server strings', () => {
  it('are cut at their kind’s limit, with an ellipsis, and lose control characters', () => {
    expect(bounded('MSG00012', 'code')).toBe('MSG00012');
    expect(bounded(huge, 'code')).toHaveLength(SERVER_STRING_LIMITS.code);
    expect(bounded(huge, 'description').endsWith('…')).toBe(true);
    expect(bounded('a\u0000b\u001bc\td', 'description')).toBe('abc\td');
  });

  it('a 5 MB reason code or description in a fault or a status stays a few bytes', () => {
    const fault = new BcssFault(
      huge,
      huge,
      Array.from({ length: 1000 }, () => ({
        severity: huge,
        reasonCode: huge,
        diagnostic: huge,
        authorCode: huge,
      })),
      500,
      huge,
    );
    expect(fault.reasonCode).toHaveLength(SERVER_STRING_LIMITS.code);
    expect(fault.details.length).toBeLessThanOrEqual(8);
    expect(fault.details[0]!.diagnostic.length).toBeLessThanOrEqual(
      SERVER_STRING_LIMITS.description,
    );
    expect(fault.ticketCBSS).toHaveLength(SERVER_STRING_LIMITS.ticket);
    expect(fault.message.length).toBeLessThan(2 * 1024);

    const status = new BcssStatusError(huge, huge, huge, { [huge]: huge }, huge);
    expect(status.code).toHaveLength(SERVER_STRING_LIMITS.code);
    expect(JSON.stringify(status.information).length).toBeLessThan(2 * 1024);
  });

  it('the audit row of an answer with a huge status code or ticket stays small', async () => {
    const rows: BcssCallEvent[] = [];
    const transport = {
      certificate: { pfx: Buffer.alloc(0), passphrase: '' },
      connectTimeoutMs: 1,
      responseTimeoutMs: 1,
      maxResponseBytes: 1,
    };
    await auditedCall(
      async (row) => void rows.push(row),
      { service: 'SocialInquiry', niss: '', legalContext: 'T', environment: 'test' },
      transport,
      async () => ({ ticketCBSS: huge }),
      () => huge,
    )();
    expect(JSON.stringify(rows[0]).length).toBeLessThan(512);
  });

  it('a request loses the control characters typed into it; an answer carrying one is refused', () => {
    expect(buildXml({ name: 'Du\u0000pont\u0007' })).toContain('<name>Dupont</name>');
    const read = (xml: string) =>
      readDocument(xml, {
        element: { namespace: '', name: 'a' },
        namespaces: [],
        repeated: [],
        limits: ANSWER_LIMITS.ManageAccess,
      });
    expect(() => read('<a><b>x\u0000y</b></a>')).toThrow(MalformedXml);
    expect(() => read('<a><b>x\u0001y</b></a>')).toThrow(/control character/);
    expect(read('<a><b>x\ty</b></a>')).toEqual({ b: 'x\ty' });
  });
});
