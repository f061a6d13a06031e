// Strings from the server are bounded before they travel; control characters never reach a screen or a file.
// Through a whole call (the screen's error, the audit log's growth, an answer carrying a control character): the
// hostile-server suite.
import { describe, expect, it } from 'vitest';
import { BcssFault, BcssStatusError } from './failures';
import { bounded, SERVER_STRING_LIMITS } from './server-strings';
import { buildXml } from './xml';

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

  it('a request loses the control characters typed into it', () => {
    expect(buildXml({ name: 'Du\u0000pont\u0007' })).toContain('<name>Dupont</name>');
  });
});
