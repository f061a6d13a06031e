// ListOfAttestation rows to the Inquiry model: the source of sections 5-8 (PIIS, art. 35, artistic
// exemptions, installation premiums) when Social Inquiry answers without them (its version 1).
import type {
  InquiryDetail,
  InquiryItem,
  LaneId,
  LocalizedText,
} from '../../shared/domain/inquiry';
import { readEndDate, readIncompleteDate } from './bcss-dates';
import { codeLabel } from './code-labels';
import { optionalChild, requiredText, text, type XmlNode } from './xml';

/** The request types that complete sections 5 to 8, in lane order. */
export const ATTESTATION_REQUESTS = [
  'GPMI_PIIS',
  'EXONERATIONSART35',
  'EXONERATIONS',
  'PRIME_INSTALLATION',
] as const;
export type AttestationRequestType = (typeof ATTESTATION_REQUESTS)[number];

const LANE_OF: Record<AttestationRequestType, LaneId> = {
  GPMI_PIIS: 'piis',
  EXONERATIONSART35: 'art35',
  EXONERATIONS: 'artistic',
  PRIME_INSTALLATION: 'installationPremium',
};

/** SSDN descriptions arrive as "fr / nl"; German falls back to French, the service has none. */
export function splitFrNl(description: string): LocalizedText {
  const [fr = description, nl = fr] = description.split(' / ');
  return { fr: fr.trim(), nl: nl.trim(), de: fr.trim() };
}

function span(node: XmlNode | null) {
  if (!node) return null;
  return {
    begin: readIncompleteDate(requiredText(node, 'StartDate')),
    end: readEndDate(text(node, 'EndDate')),
  };
}

export function readAttestationItems(
  requestType: AttestationRequestType,
  rows: XmlNode[],
): InquiryItem[] {
  const lane = LANE_OF[requestType];
  return rows.map((row, index) => {
    const attestType = optionalChild(row, 'AttestType');
    const cpas: InquiryDetail = {
      key: 'cpas',
      kind: 'organisation',
      id: requiredText(row, 'CPAS_KBOBCE_code'),
      name: text(row, 'CPAS_Name') ?? requiredText(row, 'CPAS_KBOBCE_code'),
    };
    // PIIS rows carry the project's own period beside Duration (which includes the extension).
    const period = span(optionalChild(row, 'period')) ?? span(optionalChild(row, 'Duration'));
    if (!period) throw new Error('an attestation without a period');
    const details: InquiryDetail[] = [
      { key: 'origin', kind: 'localized', text: codeLabel('origin', 'SPP_IS') },
    ];
    switch (requestType) {
      case 'GPMI_PIIS': {
        const extension = span(optionalChild(row, 'prolongationPeriod'));
        if (extension)
          details.push({
            key: 'extension',
            kind: 'period',
            begin: extension.begin,
            end: extension.end,
          });
        break;
      }
      case 'EXONERATIONSART35':
        details.push({ key: 'monthsUsed', kind: 'text', text: requiredText(row, 'MonthsUsed') });
        break;
      case 'EXONERATIONS':
        details.push({ key: 'year', kind: 'text', text: period.begin.value.slice(0, 4) });
        break;
      case 'PRIME_INSTALLATION':
        details.push({
          key: 'legalBasis',
          kind: 'localized',
          text: codeLabel('legalBasis', requiredText(row, 'LegalBasis')),
        });
        break;
    }
    details.push(cpas);
    return {
      id: `${lane}-${index}`,
      lane,
      subLane: null,
      begin: period.begin,
      end: period.end,
      code: requiredText(attestType, 'Code'),
      label: splitFrNl(requiredText(attestType, 'Description')),
      source: 'ListOfAttestation' as const,
      markers: { blocked: false, fraud: false, role: null, parentProcedure: false },
      details,
    };
  });
}
