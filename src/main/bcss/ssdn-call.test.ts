import { describe, expect, it } from 'vitest';
import { diagnosticMessage } from './ssdn-call';

describe('SSDN diagnostics', () => {
  it('keep their first "|" part as the message', () => {
    expect(diagnosticMessage('Person not integrated | OCMW_CPAS | 0207777760')).toBe(
      'Person not integrated',
    );
    expect(diagnosticMessage('No data found')).toBe('No data found');
    expect(diagnosticMessage(null)).toBe('');
  });
});
