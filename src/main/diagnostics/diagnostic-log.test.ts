// The diagnostic log: rotating, exportable, and free of personal data — the app's flows run against the demo
// simulator, then the log is scanned for every persona's NISS and name.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNiss } from '../../shared/presentation/format';
import { composeTestDesk } from '../../test-support/desk';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { createDiagnosticLog } from './diagnostic-log';

describe('diagnostic log', () => {
  it('rotates over a few files and exports them oldest first as one text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-diag-'));
    const log = createDiagnosticLog({ dir, maxBytes: 200, files: 3 });
    for (let i = 0; i < 40; i++)
      log.record({ kind: 'error', code: `E${String(i).padStart(3, '0')}` });
    expect(readdirSync(dir).sort()).toEqual([
      'diagnostic.1.log',
      'diagnostic.2.log',
      'diagnostic.log',
    ]);
    const text = log.exportText();
    const codes = text
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { code: string }).code);
    expect(codes.at(-1)).toBe('E039');
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('E000'); // rotated away
  });

  it('keeps codes and names of things, never free text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-diag-'));
    const log = createDiagnosticLog({ dir });
    log.record({
      kind: 'call',
      service: 'SocialInquiry',
      environment: 'test',
      outcome: 'MSG00012',
      ticket: 'abc-123',
    });
    log.record({ kind: 'error', code: 'Jean Dupont, né le 14/03/1980 (80.03.14-101.16)' });
    log.record({
      kind: 'call',
      service: 'SocialInquiry',
      environment: 'test',
      outcome: 'OK',
      ticket: 'Jean Dupont',
    });
    const lines = log
      .exportText()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ kind: 'call', outcome: 'MSG00012', ticket: 'abc-123' });
    expect(lines[1]).toMatchObject({ kind: 'error', code: '(other)' });
    expect(lines[2]).toMatchObject({ ticket: null });
  });
});

describe('the diagnostic log after the app’s flows', () => {
  const desk = composeTestDesk();
  afterAll(() => desk.close());

  it('holds starts, environment and calls, and no persona’s NISS or name', async () => {
    const { handlers } = desk;
    for (const persona of DEMO_PERSONAS) {
      await Promise.resolve(
        handlers.runInquiry({
          requestId: randomUUID(),
          niss: persona.niss,
          period: { from: '2020-01-01', to: '2026-12-31' },
          personName: `${persona.firstName} ${persona.lastName}`,
        }),
      ).catch(() => undefined);
    }
    await Promise.resolve(
      handlers.searchPersons({ lastName: DEMO_PERSONAS[0]!.lastName, birthDate: '1980' }),
    ).catch(() => undefined);
    const logs = join(desk.dataDir, 'logs');
    const text = readdirSync(logs)
      .map((file) => readFileSync(join(logs, file), 'utf8'))
      .join('');
    expect(text).toContain('"kind":"start"');
    expect(text).toContain('"kind":"environment","environment":"demo"');
    expect(text).toContain('"service":"SocialInquiry"');
    expect(text).toMatch(/"ticket":"[^"]+"/);
    const found: string[] = [];
    for (const persona of DEMO_PERSONAS) {
      for (const secret of [
        persona.niss,
        formatNiss(persona.niss),
        persona.lastName,
        persona.firstName,
      ]) {
        if (secret && secret.length > 2 && text.toLowerCase().includes(secret.toLowerCase()))
          found.push(`${persona.key}: ${secret}`);
      }
    }
    expect(found).toEqual([]);
  }, 180_000);
});
