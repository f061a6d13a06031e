// The answers in the report: the findings (their own section after the summary, one CSV row each), the
// situation on a date (the day chosen on the result screen; by default the screen's: the end of the requested
// period, or the inquiry's day when earlier) and, when asked, the changes since an earlier inquiry of the same
// person, worded as the result screen words them.
import type { TFunction } from 'i18next';
import type { Inquiry } from '../../shared/domain/inquiry';
import { isoToDisplayDate } from '../../shared/domain/period';
import type { Language } from '../../shared/domain/preferences';
import {
  findingBasis,
  findingsOf,
  findingText,
  severityText,
  type Severity,
  type Translate,
} from '../../shared/findings';
import {
  defaultSituationDate,
  situationLines,
  situationOn,
  type SituationLine,
} from '../../shared/presentation/situation';
import {
  changeLines,
  compareInquiries,
  findingChangeLines,
  type ChangeLine,
  type FindingChangeLine,
} from '../../shared/comparison';
import { formatDay } from '../../shared/presentation/format';
import { escapeHtml as e } from './escape-html';

export interface ReportFinding {
  severity: Severity;
  severityText: string;
  text: string;
  basis: string;
  /** The report's row numbers of the items concerned ('4.2'), or their ids when not in a lane table. */
  refs: string[];
}

export interface ReportSituation {
  date: string;
  title: string;
  lines: SituationLine[];
}

/** The changes since an earlier inquiry, in the report's words. */
export interface ReportComparison {
  title: string;
  items: (ChangeLine & { ref: string })[];
  findings: FindingChangeLine[];
}

export interface ReportAnswers {
  findings: ReportFinding[];
  situation: ReportSituation;
  /** Null unless the report was asked with an earlier inquiry to compare with. */
  comparison: ReportComparison | null;
}

export function reportAnswers(
  inquiry: Inquiry,
  language: Language,
  t: TFunction,
  refOf: (itemId: string) => string | undefined,
  options: { situationDate?: string; earlier?: Inquiry } = {},
): ReportAnswers {
  const tt = t as unknown as Translate;
  const findings = findingsOf(inquiry).map((finding) => ({
    severity: finding.severity,
    severityText: severityText(finding, tt),
    text: findingText(finding, language, tt),
    basis: findingBasis(finding, tt),
    refs: finding.itemIds.map((id) => refOf(id) ?? id),
  }));
  const date =
    options.situationDate ??
    defaultSituationDate(inquiry.request.period, inquiry.consultedAt.slice(0, 10));
  let comparison: ReportComparison | null = null;
  if (options.earlier) {
    const compared = compareInquiries(options.earlier, inquiry);
    comparison = {
      title: t('answers.comparison.reportTitle', {
        date: formatDay(options.earlier.consultedAt),
      }),
      items: changeLines(compared, language, t).map((line) => ({
        ...line,
        ref: line.itemId ? (refOf(line.itemId) ?? '') : '',
      })),
      findings: findingChangeLines(compared, language, t),
    };
  }
  return {
    comparison,
    findings,
    situation: {
      date,
      title: t('answers.situation.title', { date: isoToDisplayDate(date) }),
      lines: situationLines(situationOn(inquiry.items, date), language, t),
    },
  };
}

/** The findings section: a table (severity, finding, rule, rows concerned), or "no finding". */
export function findingsSectionHtml(
  answers: ReportAnswers,
  t: TFunction,
  refsTitle: string,
): string {
  const title = `<h2>${e(t('answers.findings.title'))}</h2>`;
  if (answers.findings.length === 0) {
    return `<section class="findings" id="findings">${title}<p>${e(t('answers.findings.none'))}</p></section>`;
  }
  const rows = answers.findings
    .map(
      (f) =>
        `<tr class="finding-${f.severity}"><td><strong>${e(f.severityText)}</strong></td>` +
        `<td>${e(f.text)}</td><td>${e(f.basis)}</td><td>${e(f.refs.join(', '))}</td></tr>`,
    )
    .join('');
  return (
    `<section class="findings" id="findings">${title}` +
    `<table class="findings-table"><thead><tr><th></th><th>${e(t('answers.findings.title'))}</th>` +
    `<th>${e(t('answers.findings.rule'))}</th><th>${e(refsTitle)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></section>`
  );
}

/** The situation on the date, one line per kind of information. */
export function situationSectionHtml(answers: ReportAnswers, t: TFunction): string {
  const { situation } = answers;
  const rows = situation.lines
    .map(
      (line) =>
        `<tr><th scope="row">${e(line.title)}</th><td>${
          line.values.length === 0
            ? `<em>${e(t('answers.situation.none'))}</em>`
            : line.values.map(e).join('<br>')
        }</td></tr>`,
    )
    .join('');
  return (
    `<section class="situation" id="situation"><h2>${e(situation.title)}</h2>` +
    `<table class="situation-table"><tbody>${rows}</tbody></table></section>`
  );
}

/** The changes since the earlier inquiry: one table of periods, one list of findings; nothing when not asked. */
export function comparisonSectionHtml(
  answers: ReportAnswers,
  t: TFunction,
  refsTitle: string,
): string {
  const { comparison } = answers;
  if (!comparison) return '';
  const title = `<h2>${e(comparison.title)}</h2>`;
  if (comparison.items.length === 0 && comparison.findings.length === 0) {
    return `<section class="comparison" id="comparison">${title}<p>${e(t('answers.comparison.none'))}</p></section>`;
  }
  const items = comparison.items.length
    ? `<table class="comparison-table"><thead><tr><th>${e(t('answers.comparison.kindColumn'))}</th>` +
      `<th>${e(t('answers.comparison.laneColumn'))}</th><th>${e(t('answers.comparison.whatColumn'))}</th>` +
      `<th>${e(t('answers.comparison.changeColumn'))}</th><th>${e(refsTitle)}</th></tr></thead><tbody>` +
      comparison.items
        .map(
          (line) =>
            `<tr class="change-${line.kind}"><td><strong>${e(line.kindText)}</strong></td><td>${e(line.lane)}</td>` +
            `<td>${e(line.what)}</td><td>${e(line.change)}</td><td>${e(line.ref)}</td></tr>`,
        )
        .join('') +
      `</tbody></table>`
    : '';
  const findings = comparison.findings.length
    ? `<ul class="comparison-findings">${comparison.findings
        .map((line) => `<li><strong>${e(line.kindText)}</strong> — ${e(line.text)}</li>`)
        .join('')}</ul>`
    : '';
  return `<section class="comparison" id="comparison">${title}${items}${findings}</section>`;
}
