// Exports and prints a saved inquiry through the host's outlet, and records each in the audit log (host-agnostic).
import { DeskFailure } from '../../shared/contract/errors';
import type { Inquiry } from '../../shared/domain/inquiry';
import type {
  ReportDelivery,
  ReportFormat,
  ReportOptions,
  ReportPrinting,
} from '../../shared/contract/report';
import type { AuditAction, AuditEntryInput } from '../vault';
import type { ReportContext } from './report-model';
import { reportDeskError } from './report-desk-error';
import type { ReportOutlet } from './report-outlet';
import type { ReportService } from './report-service';

/** An audit entry as the report knows it: the vault adds the OS user and the time, compose the investigator. */
export type ReportAuditEntry = Omit<AuditEntryInput, 'investigator' | 'at'>;

export interface ReportActionsDeps {
  /** The saved inquiry (every successful inquiry is saved under its own id); vault failures as DeskFailure. */
  open(id: string): Promise<Inquiry>;
  report: ReportService;
  outlet: ReportOutlet;
  /** Who makes the report, read at each export: the settings may have changed since the last. */
  context(inquiry: Inquiry): ReportContext;
  /** Resolves once the entry is durable; throws (as DeskFailure) when it cannot be. */
  audit(entry: ReportAuditEntry): Promise<void>;
  logger?: Pick<Console, 'error'>;
}

export interface ReportActions {
  export(id: string, format: ReportFormat, options?: ReportOptions): Promise<ReportDelivery>;
  print(id: string, options?: ReportOptions): Promise<ReportPrinting>;
}

export function createReportActions(deps: ReportActionsDeps): ReportActions {
  const logger = deps.logger ?? console;

  /** Engine and disk failures become REPORT_* errors; the vault's typed ones pass as they are. */
  async function guarded<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof DeskFailure) throw error;
      logger.error(`[report] ${what} failed`, error);
      throw new DeskFailure(reportDeskError(error));
    }
  }

  /** Who makes it, the situation's day, and the earlier inquiry compared (the same person's only). */
  async function contextFor(inquiry: Inquiry, options: ReportOptions): Promise<ReportContext> {
    const context: ReportContext = { ...deps.context(inquiry) };
    if (options.situationDate) context.situationDate = options.situationDate;
    if (options.compareWith && options.compareWith !== inquiry.id) {
      const earlier = await deps.open(options.compareWith);
      if (earlier.finalNiss !== inquiry.finalNiss) {
        throw new DeskFailure({ code: 'INVALID_INPUT', messageKey: 'report.error.otherPerson' });
      }
      context.earlier = earlier;
    }
    return context;
  }

  return {
    async export(id, format, options = {}) {
      const inquiry = await deps.open(id);
      const context = await contextFor(inquiry, options);
      const delivery = await guarded(`export ${format}`, async () => {
        const file = await deps.report[format](inquiry, context);
        return deps.outlet.deliver(file);
      });
      // In the browser host the bytes leave only with this result: no audit entry, no file.
      await deps.audit(entryFor(inquiry, `export-${format}`, exportOutcome(delivery)));
      return delivery;
    },
    async print(id, options = {}) {
      const inquiry = await deps.open(id);
      const context = await contextFor(inquiry, options);
      const printing = await guarded('print', async () =>
        deps.outlet.print(await deps.report.html(inquiry, context)),
      );
      await deps.audit(entryFor(inquiry, 'print', printOutcome(printing)));
      return printing;
    },
  };
}

function exportOutcome(delivery: ReportDelivery): string {
  return delivery.kind === 'download' ? 'downloaded' : delivery.kind;
}

function printOutcome(printing: ReportPrinting): string {
  return printing.kind === 'open' ? 'opened' : printing.kind;
}

/** Ties the export to the consultation it shows: the person, its legal context and the BCSS ticket. */
function entryFor(inquiry: Inquiry, action: AuditAction, outcome: string): ReportAuditEntry {
  const main =
    inquiry.calls.find((call) => call.service === 'SocialInquiry' && call.ticketCBSS) ??
    inquiry.calls.find((call) => call.ticketCBSS);
  return {
    action,
    service: '',
    niss: inquiry.finalNiss,
    legalContext: inquiry.request.legalContext,
    environment: inquiry.environment,
    outcome,
    ticketCBSS: main?.ticketCBSS ?? null,
  };
}
