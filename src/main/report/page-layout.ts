// The report's page: A4 landscape, its margins, and the identity lines its header carries on every page.
import type { ReportModel } from './report-model';

/** Room the timeline page keeps for its title, scope line, legend and the overlap note (mm). */
export const TIMELINE_CHROME_MM = 32;

/** A4 landscape, in millimetres. */
export const PAGE = { width: 297, height: 210, side: 10, bottom: 14 } as const;

/** The header's lines of identity wrap when the tickets are many (version 1: five calls). */
const HEADER_BASE_MM = 19;
const HEADER_LINE_MM = 3.6;
const HEADER_CHARS_PER_LINE = 190;

export const REPORT_FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif";

function ticketsText(model: ReportModel): string {
  const tickets = model.tickets.flatMap((ticket) => (ticket.ticketCBSS ? [ticket.ticketCBSS] : []));
  return tickets.length > 0 ? tickets.join(', ') : model.t('result.facts.noTicket');
}

/** 'Label : value' in French (a space before the colon), 'Label: value' in Dutch and German. */
export function labelled(model: ReportModel, label: string, value: string): string {
  return `${label}${model.language === 'fr' ? ' : ' : ': '}${value}`;
}

export function secondLine(model: ReportModel): string {
  return [
    labelled(model, model.texts.investigator, model.investigator),
    labelled(model, model.t('result.facts.consultedAt'), model.consultedAt),
    labelled(model, model.t('result.facts.tickets'), ticketsText(model)),
    labelled(model, model.t('result.facts.environment'), model.environment.toUpperCase()),
  ].join('   ·   ');
}

export function headerHeightMm(model: ReportModel): number {
  const extraLines = Math.max(0, Math.ceil(secondLine(model).length / HEADER_CHARS_PER_LINE) - 1);
  return HEADER_BASE_MM + extraLines * HEADER_LINE_MM;
}

/** The printable height left between header and footer, for sizing the timeline page. */
export function bodyHeightMm(model: ReportModel): number {
  return PAGE.height - headerHeightMm(model) - PAGE.bottom;
}
