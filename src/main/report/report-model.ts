// The report's content as text, in the UI language: identity facts, tickets, and every lane's rows with their
// cells formatted. The HTML report and the CSV both read this, so they number and word every period alike.
import type { TFunction } from 'i18next';
import type { EnvironmentName } from '../../shared/contract/contract';
import {
  LANES,
  missingSections,
  type Inquiry,
  type MissingSection,
  type InquiryDate,
  type InquiryDetail,
  type InquiryItem,
  type LaneId,
} from '../../shared/domain/inquiry';
import { parseCbe, parseNiss } from '../../shared/domain/niss';
import { isoToDisplayDate } from '../../shared/domain/period';
import type { Language } from '../../shared/domain/preferences';
// Pure helpers of the result screen (no DOM): the report words dates, details and markers exactly as the screen.
import {
  formatDetailValue,
  formatInquiryDate,
  formatNiss,
  formatTimestamp,
} from '../../shared/presentation/format';
import { laneViews } from '../../shared/presentation/lanes';
import { missingReason } from '../../shared/presentation/missing-sections';
import { itemMarkers, type Marker } from '../../shared/presentation/markers';
import { tableRows } from '../../shared/presentation/table-rows';
import { fieldForDisplay, groupExtract } from '../../shared/presentation/register-extract-model';
import type {
  ForeignerSituationSupplement,
  InquirySupplements,
  RegisterExtractSupplement,
  SpecialInfo,
  WorkDocument,
} from '../../shared/domain/supplements';
import type { Catalogue } from '../../shared/i18n';
import { translator } from '../../shared/i18n/translator';
import { reportAnswers, type ReportAnswers } from './report-answers';

/** Who makes the report and for which organisation: printed in every page's header. */
export interface ReportContext {
  language: Language;
  organisation: { cpasName: string; cbe: string };
  /** The investigator's name as the settings hold it. */
  investigator: string;
  /** The app's environment. */
  environment: EnvironmentName;
  /** When the report is made (footer; default: now). Tests pin it. */
  generatedAt?: Date;
  /** ISO day of the situation printed: the one chosen on the result screen (default: the screen's default). */
  situationDate?: string;
  /** An earlier inquiry of the same person: the report adds "changes since dd/mm/yyyy". */
  earlier?: Inquiry;
}

export interface DateCell {
  text: string;
  /** 'jour inconnu' / 'mois et jour inconnus' for an incomplete date, '' otherwise. */
  note: string;
}

export interface ReportRow {
  /** '<lane number>.<row number>', the same in the PDF and the CSV. */
  ref: string;
  item: InquiryItem;
  subLane: string;
  begin: DateCell;
  end: DateCell;
  code: string;
  label: string;
  markers: Marker[];
  /** Every attribute (the CSV's). */
  details: { label: string; value: string }[];
  /** The attributes no other column of the row already shows (the printed table's). */
  tableDetails: { label: string; value: string }[];
}

export interface ReportLane {
  id: LaneId;
  /** 1-8: the section numbers of the Social Inquiry answer. */
  number: number;
  title: string;
  hasSubLanes: boolean;
  /** Attributes every row of the lane has, with the same value: printed once in the lane's header. */
  commonDetails: { label: string; value: string }[];
  rows: ReportRow[];
  /** Set when the BCSS did not give the lane's section: printed as "not available", never as empty. */
  missing: ReportMissingSection | null;
}

/** A section the BCSS did not give, in the report's words. */
export interface ReportMissingSection {
  lane: LaneId;
  number: number;
  /** The ListOfAttestation request type that failed (GPMI_PIIS...). */
  requestType: string;
  /** "not available — the BCSS did not answer; retry…", without the lane (its header names it). */
  text: string;
  /** The same, the lane named first: for the cover, the CSV and the JSON archive. */
  notice: string;
  /** "Cause: <the failure's message>". */
  reason: string;
}

export interface ReportTicket {
  service: string;
  requestType: string | null;
  ticketCBSS: string | null;
  ticket: string;
}

/** One entry of the register extract, as printed and exported. */
export interface ExtractRow {
  ref: string;
  date: DateCell;
  end: DateCell;
  current: boolean;
  fields: { label: string; value: string }[];
}

/** One information type of the extract: its own table. */
export interface ExtractTable {
  code: string;
  /** The type's label in the report language, or "TI 253" for one the app does not know. */
  title: string;
  known: boolean;
  /** The xm25 group(s): what tells an unknown type apart. */
  xmlGroups: string[];
  rows: ExtractRow[];
}

export interface ReportRegisterExtract {
  /** The section's number, after the eight lanes: its rows are numbered '<number>.<row>'. */
  number: number;
  title: string;
  consultedAt: string;
  history: boolean;
  found: boolean;
  replacedBy: string | null;
  tables: ExtractTable[];
}

export interface WorkDocumentRow {
  ref: string;
  kind: 'employmentCard' | 'workPermit';
  number: string;
  validFrom: DateCell;
  /** 'durée indéterminée' for the register's 00/00/9999, '' when not given. */
  expiry: DateCell;
  /** When the register closed the record; '' while it is open. */
  closed: DateCell;
  comment: string;
}

export interface SpecialInfoRow {
  ref: string;
  inception: DateCell;
  expiry: DateCell;
  reasonCode: string;
  reasonLabel: string;
  /** The NISS formatted, or 'numéro fictif …'; '' when none. */
  reunification: string;
  comments: string;
}

export interface ReportForeignerSituation {
  number: number;
  title: string;
  consultedAt: string;
  niss: string;
  replacedBy: string | null;
  employmentCards: WorkDocumentRow[];
  workPermits: WorkDocumentRow[];
  specialInfos: SpecialInfoRow[];
}

export interface ReportModel {
  language: Language;
  t: TFunction;
  texts: ReportTexts;
  /** The environment the report declares; anything but production gets the DEMO / TEST mark. */
  environment: EnvironmentName;
  isProduction: boolean;
  cpasName: string;
  cbe: string;
  investigator: string;
  niss: string;
  requestedNiss: string;
  nissKind: string;
  period: { from: string; to: string };
  consultedAt: string;
  generatedAt: string;
  tickets: ReportTicket[];
  lanes: ReportLane[];
  /** The sections the BCSS did not give, in lane order; [] for a complete inquiry. */
  missingSections: ReportMissingSection[];
  itemCount: number;
  /** The consultations kept with the inquiry, each its own section after the lanes; null when not made. */
  registerExtract: ReportRegisterExtract | null;
  foreignerSituation: ReportForeignerSituation | null;
  /** Findings and the situation on a date (report-answers.ts). */
  answers: ReportAnswers;
}

/**
 * The report never calls data "production" when either side is not: a demo inquiry stays marked fictitious
 * even if opened in a production install, and a production install pointed at a test setup marks it too.
 */
export function reportEnvironment(inquiry: Inquiry, context: ReportContext): EnvironmentName {
  return inquiry.environment !== 'production' ? inquiry.environment : context.environment;
}

export function formatCbe(cbe: string): string {
  const parsed = parseCbe(cbe);
  return parsed.ok ? parsed.formatted : cbe;
}

/**
 * Whether a detail repeats what the row's code or markers column already says: the form type is the
 * code; the role, blocked, fraud and parent-procedure flags are the markers (a row without a marker is
 * neither). Printing them twice would make each form's row a third taller for nothing.
 */
export function shownElsewhere(detail: InquiryDetail, item: InquiryItem): boolean {
  switch (detail.key) {
    case 'formType':
      return detail.kind === 'text' && detail.text === item.code;
    case 'role':
      return item.markers.role !== null;
    case 'blocked':
      return detail.kind === 'flag' && detail.value === item.markers.blocked;
    case 'fraud':
      return detail.kind === 'flag' && detail.value === item.markers.fraud;
    case 'parentProcedure':
      return detail.kind === 'flag' && detail.value === item.markers.parentProcedure;
    default:
      return false;
  }
}

/**
 * Takes out of the rows' printed attributes those all of them share (e.g. the origin "SPP Intégration
 * sociale" on every form): the lane header, repeated on each page, says them once. Rows stay shorter.
 */
function factorCommonDetails(rows: ReportRow[]): { label: string; value: string }[] {
  const [first, ...others] = rows;
  if (!first || others.length === 0) return [];
  const has = (row: ReportRow, d: { label: string; value: string }) =>
    row.tableDetails.some((own) => own.label === d.label && own.value === d.value);
  const common = first.tableDetails.filter((d) => others.every((row) => has(row, d)));
  if (common.length === 0) return [];
  for (const row of rows) {
    row.tableDetails = row.tableDetails.filter(
      (own) => !common.some((d) => d.label === own.label && d.value === own.value),
    );
  }
  return common;
}

function dateCell(date: InquiryDate | null, t: TFunction, missing?: string): DateCell {
  if (date === null) return { text: missing ?? t('result.ongoing'), note: '' };
  const note =
    date.precision === 'month'
      ? t('report.document.dayUnknown')
      : date.precision === 'year'
        ? t('report.document.monthUnknown')
        : '';
  return { text: formatInquiryDate(date), note };
}

/** The report's own words: the catalogue's report.document, in the report's language. */
export type ReportTexts = Catalogue['report']['document'];

/** The report's plain words looked up once through the translator (texts with {{values}} go through t). */
function reportTexts(t: TFunction): ReportTexts {
  return t('report.document', { returnObjects: true }) as unknown as ReportTexts;
}

/**
 * The translator with its plain lookups (no interpolation) cached: the heavy person's 2,000 periods ask
 * for the same few dozen labels 25,000 times, and each i18next lookup costs microseconds.
 */
function memoised(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  const call = t as unknown as (key: string, options?: unknown) => string;
  const lookup = (key: string, options?: unknown): string => {
    if (options !== undefined) return call(key, options);
    let text = cache.get(key);
    if (text === undefined) {
      text = call(key);
      cache.set(key, text);
    }
    return text;
  };
  return lookup as unknown as TFunction;
}

function registerExtractSection(
  supplement: RegisterExtractSupplement,
  number: number,
  language: Language,
  t: TFunction,
): ReportRegisterExtract {
  const tables = groupExtract(supplement.extract.informationTypes).map((group): ExtractTable => {
    // Current values first, then history: the order the screen shows them in.
    const entries = [...group.current, ...group.history];
    const title = group.label[language] || group.label.fr;
    return {
      code: group.code,
      title,
      known: group.known,
      xmlGroups: group.xmlGroups,
      rows: entries.map((entry) => ({
        ref: '',
        date: dateCell(entry.date, t, t('report.document.noDate')),
        end: dateCell(entry.endDate, t),
        current: entry.current,
        fields: entry.fields.map((field) => fieldForDisplay(field, language, title)),
      })),
    };
  });
  let index = 0;
  for (const table of tables) for (const row of table.rows) row.ref = `${number}.${++index}`;
  return {
    number,
    title: t('report.document.registerExtract'),
    consultedAt: formatTimestamp(supplement.consultedAt),
    history: supplement.extract.history,
    found: supplement.extract.found,
    replacedBy: supplement.extract.replacedBy ? formatNiss(supplement.extract.replacedBy) : null,
    tables,
  };
}

function foreignerSection(
  supplement: ForeignerSituationSupplement,
  number: number,
  language: Language,
  t: TFunction,
): ReportForeignerSituation {
  let index = 0;
  const ref = () => `${number}.${++index}`;
  const blank: DateCell = { text: '', note: '' };
  const expiry = (indefinite: boolean, date: InquiryDate | null): DateCell =>
    indefinite
      ? { text: t('report.document.indefinite'), note: '' }
      : date
        ? dateCell(date, t)
        : blank;
  const document =
    (kind: WorkDocumentRow['kind']) =>
    (doc: WorkDocument): WorkDocumentRow => ({
      ref: ref(),
      kind,
      number: doc.number,
      validFrom: dateCell(doc.inception, t),
      expiry: expiry(doc.indefinite, doc.expiry),
      closed: doc.end ? dateCell(doc.end, t) : blank,
      comment: doc.comment ?? '',
    });
  const employmentCards = supplement.employmentCards.map(document('employmentCard'));
  const workPermits = supplement.workPermits.map(document('workPermit'));
  const specialInfos = supplement.specialInfos.map((info: SpecialInfo): SpecialInfoRow => ({
    ref: ref(),
    inception: dateCell(info.inception, t),
    expiry: expiry(info.indefinite, info.expiry),
    reasonCode: info.reason?.code ?? '',
    reasonLabel: info.reason ? info.reason.label[language] || info.reason.label.fr : '',
    reunification:
      info.reunificationWith === null
        ? ''
        : info.reunificationWith.kind === 'ssin'
          ? formatNiss(info.reunificationWith.ssin)
          : t('report.document.fictionalNumber', { number: info.reunificationWith.number }),
    comments: info.comments.join(' · '),
  }));
  return {
    number,
    title: t('report.document.foreignerSituation'),
    consultedAt: formatTimestamp(supplement.consultedAt),
    niss: formatNiss(supplement.ssin),
    replacedBy: supplement.replacedBy ? formatNiss(supplement.replacedBy) : null,
    employmentCards,
    workPermits,
    specialInfos,
  };
}

/** The supplements' calls, after the inquiry's own: the service desk asks for every ticket. */
function supplementTickets(
  supplements: InquirySupplements | undefined,
  texts: ReportTexts,
): ReportTicket[] {
  const of = (service: string, calls: { ticket: string; ticketCBSS: string | null }[] = []) =>
    calls.map((call) => ({
      service,
      requestType: null,
      ticketCBSS: call.ticketCBSS,
      ticket: call.ticket,
    }));
  return [
    ...of(texts.registerExtract, supplements?.registerExtract?.calls),
    ...of(texts.foreignerSituation, supplements?.foreignerSituation?.calls),
  ];
}

function missingInWords(section: MissingSection, t: TFunction): ReportMissingSection {
  return {
    lane: section.lane,
    number: LANES.indexOf(section.lane) + 1,
    requestType: section.requestType,
    text: t('report.document.missing'),
    notice: t('report.document.missingSection', { lane: t(`result.lane.${section.lane}`) }),
    reason: t('result.missing.reason', { reason: missingReason(section, t) }),
  };
}

/** The missing sections in the report's words, in lane order, without building the whole report. */
export function reportMissingSections(
  inquiry: Pick<Inquiry, 'missing'>,
  language: Language,
): ReportMissingSection[] {
  const t = translator(language);
  return missingSections(inquiry)
    .map((section) => missingInWords(section, t))
    .sort((a, b) => a.number - b.number);
}

export function buildReportModel(inquiry: Inquiry, context: ReportContext): ReportModel {
  const { language } = context;
  const t = memoised(translator(language));
  const texts = reportTexts(t);
  const environment = reportEnvironment(inquiry, context);
  const parsed = parseNiss(inquiry.finalNiss);
  const formatted = (detail: InquiryDetail) => ({
    label: t(`detail.${detail.key}`),
    value: formatDetailValue(detail, language, t),
  });
  const lanes = laneViews(inquiry).map((view): ReportLane => {
    const number = LANES.indexOf(view.id) + 1;
    const rows = tableRows(view).map((item, index): ReportRow => ({
      ref: `${number}.${index + 1}`,
      item,
      subLane: item.subLane ? t(`result.subLane.${item.subLane}`) : '',
      begin: dateCell(item.begin, t),
      end: dateCell(item.end, t),
      code: item.code,
      label: item.label[language] || item.label.fr,
      markers: itemMarkers(item, t),
      details: item.details.map(formatted),
      tableDetails: item.details.filter((detail) => !shownElsewhere(detail, item)).map(formatted),
    }));
    const title = t(`result.lane.${view.id}`);
    return {
      id: view.id,
      number,
      title,
      hasSubLanes: view.subLanes.length > 0,
      commonDetails: factorCommonDetails(rows),
      rows,
      missing: view.missing && missingInWords(view.missing, t),
    };
  });
  const refs = new Map(
    lanes.flatMap((lane) => lane.rows.map((row) => [row.item.id, row.ref] as const)),
  );
  // Numbered after the eight lanes, in the order they are printed.
  const { registerExtract, foreignerSituation } = inquiry.supplements ?? {};
  const extract = registerExtract
    ? registerExtractSection(registerExtract, LANES.length + 1, language, t)
    : undefined;
  const foreigner = foreignerSituation
    ? foreignerSection(foreignerSituation, LANES.length + (extract ? 2 : 1), language, t)
    : undefined;
  return {
    language,
    t,
    texts,
    environment,
    isProduction: environment === 'production',
    cpasName: context.organisation.cpasName,
    cbe: formatCbe(context.organisation.cbe),
    investigator: context.investigator,
    niss: formatNiss(inquiry.finalNiss),
    requestedNiss: formatNiss(inquiry.request.niss),
    nissKind: parsed.ok ? t(`niss.kind.${parsed.kind}`) : '',
    period: {
      from: isoToDisplayDate(inquiry.request.period.from),
      to: isoToDisplayDate(inquiry.request.period.to),
    },
    consultedAt: formatTimestamp(inquiry.consultedAt),
    generatedAt: t('report.document.generatedAt', {
      date: formatTimestamp((context.generatedAt ?? new Date()).toISOString()),
    }),
    tickets: [
      ...inquiry.calls.map((call) => ({
        service: t(`result.service.${call.service}`),
        requestType: call.requestType ?? null,
        ticketCBSS: call.ticketCBSS,
        ticket: call.ticket,
      })),
      ...supplementTickets(inquiry.supplements, texts),
    ],
    lanes,
    missingSections: lanes.flatMap((lane) => (lane.missing ? [lane.missing] : [])),
    itemCount: inquiry.items.length,
    registerExtract: extract ?? null,
    foreignerSituation: foreigner ?? null,
    answers: reportAnswers(inquiry, language, t, (id) => refs.get(id), {
      situationDate: context.situationDate,
      earlier: context.earlier,
    }),
  };
}
