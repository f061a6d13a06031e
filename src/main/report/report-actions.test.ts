// Export and print of a saved inquiry: which file goes to the outlet, what the audit log gets, which errors come back.
import { describe, expect, it, vi } from 'vitest';
import { DeskFailure } from '../../shared/contract/errors';
import type { ReportPdfEngine } from './pdf-engine';
import { createReportActions, type ReportAuditEntry } from './report-actions';
import { downloadDelivery, type ReportOutlet } from './report-outlet';
import { createReportService } from './report-service';
import { inquiry, item } from '../../test-support/builders';
import { context } from '../../test-support/report-context';

const saved = inquiry([item()], { id: 'saved-1' });
/** Earlier inquiries in the same vault: one of the same person, one of another. */
const earlierSame = inquiry([], { id: 'earlier-same', consultedAt: '2025-01-10T09:00:00.000Z' });
const otherPerson = inquiry([], { id: 'other-person', niss: '90020815752' });
const vault = new Map([saved, earlierSame, otherPerson].map((i) => [i.id, i]));

function actions(
  options: {
    pdf?: ReportPdfEngine;
    outlet?: Partial<ReportOutlet>;
    audit?: () => Promise<void>;
  } = {},
) {
  const audited: ReportAuditEntry[] = [];
  const delivered: string[] = [];
  const outlet: ReportOutlet = {
    deliver: async (file) => {
      delivered.push(file.fileName);
      return downloadDelivery(file);
    },
    print: async () => ({ kind: 'printed' }),
    ...options.outlet,
  };
  const subject = createReportActions({
    open: async (id) => {
      const found = vault.get(id);
      if (!found) throw new DeskFailure({ code: 'NOT_FOUND', messageKey: 'vault.error.notFound' });
      return found;
    },
    report: createReportService({
      pdf: options.pdf ?? { render: async () => Buffer.from('%PDF-1.7'), close: async () => {} },
    }),
    outlet,
    context: () => context(),
    audit:
      options.audit ??
      (async (entry) => {
        audited.push(entry);
      }),
    logger: { error: vi.fn() },
  });
  return { subject, audited, delivered };
}

describe('report actions', () => {
  it('hands the file to the outlet and audits the export against the consultation', async () => {
    const { subject, audited, delivered } = actions();
    const result = await subject.export('saved-1', 'csv');
    expect(result).toMatchObject({ kind: 'download', mimeType: 'text/csv; charset=utf-8' });
    expect(delivered).toEqual(['enquete-85.07.30-033.28-2025-05-12.csv']);
    expect(audited).toEqual([
      {
        action: 'export-csv',
        service: '',
        niss: saved.finalNiss,
        legalContext: 'PCSA:SOCIAL_INQUIRY',
        environment: 'demo',
        outcome: 'downloaded',
        ticketCBSS: saved.calls[0]!.ticketCBSS,
      },
    ]);
  });

  it('audits a cancelled save dialog as cancelled, and a print as printed', async () => {
    const { subject, audited } = actions({
      outlet: { deliver: async () => ({ kind: 'cancelled' }) },
    });
    expect(await subject.export('saved-1', 'pdf')).toEqual({ kind: 'cancelled' });
    expect(await subject.print('saved-1')).toEqual({ kind: 'printed' });
    expect(audited.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['export-pdf', 'cancelled'],
      ['print', 'printed'],
    ]);
  });

  it('says REPORT_FAILED when the PDF cannot be drawn, and audits nothing', async () => {
    const missing: ReportPdfEngine = {
      render: async () => {
        throw new Error('the font could not be read');
      },
      close: async () => {},
    };
    const { subject, audited } = actions({ pdf: missing });
    await expect(subject.export('saved-1', 'pdf')).rejects.toMatchObject({
      error: { code: 'REPORT_FAILED', messageKey: 'report.error.failed' },
    });
    expect(audited).toEqual([]);
  });

  it('says REPORT_FAILED when the file cannot be written, and passes the vault’s own errors as they are', async () => {
    const { subject } = actions({
      outlet: {
        deliver: async () => {
          throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        },
      },
    });
    await expect(subject.export('saved-1', 'json')).rejects.toMatchObject({
      error: { code: 'REPORT_FAILED', messageKey: 'report.error.failed' },
    });
    await expect(subject.export('gone', 'json')).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('prints the day chosen on screen and the changes since an earlier inquiry of the same person only', async () => {
    const { subject } = actions({
      outlet: { print: async (file) => ({ kind: 'open', path: file.data.toString('utf8') }) },
    });
    const html = async (options: Parameters<typeof subject.print>[1]) => {
      const result = await subject.print('saved-1', options);
      return result.kind === 'open' ? result.path : '';
    };
    expect(await html({ situationDate: '2024-02-10' })).toContain('Situation au 10/02/2024');
    expect(await html({ compareWith: 'earlier-same' })).toContain(
      'Changements depuis le 10/01/2025',
    );
    expect(await html({})).not.toContain('id="comparison"');
    await expect(subject.print('saved-1', { compareWith: 'other-person' })).rejects.toMatchObject({
      error: { code: 'INVALID_INPUT', messageKey: 'report.error.otherPerson' },
    });
  });

  it('hands no bytes over when the audit entry cannot be written', async () => {
    const { subject } = actions({
      audit: async () => {
        throw new DeskFailure({ code: 'VAULT_FULL', messageKey: 'vault.error.full' });
      },
    });
    await expect(subject.export('saved-1', 'pdf')).rejects.toMatchObject({
      error: { code: 'VAULT_FULL' },
    });
  });
});
