// Blocked or fraud: a form whose payment SPP IS blocked (overlap check or a-posteriori check; the other
// CPAS when it says), or that carries a fraud indication.
import type { InquiryItem, LocalizedText } from '../domain/inquiry';
import { detailText } from './common';
import type { Finding, FindingRuleFn } from './types';

function localized(item: InquiryItem, key: 'blockingReason'): LocalizedText | null {
  const detail = item.details.find((d) => d.key === key);
  return detail?.kind === 'localized' ? detail.text : null;
}

function organisation(item: InquiryItem, key: 'blockingCpas'): string {
  const detail = item.details.find((d) => d.key === key);
  return detail?.kind === 'organisation' ? detail.name || detail.id : '';
}

const UNKNOWN_REASON: LocalizedText = {
  fr: 'motif non précisé',
  nl: 'reden niet vermeld',
  de: 'Grund nicht angegeben',
};

export const blockedOrFraud: FindingRuleFn = ({ items }) => {
  const findings: Finding[] = [];
  for (const item of items) {
    if (item.lane !== 'forms') continue;
    const reference = detailText(item, 'reference') || item.code;
    if (item.markers.blocked) {
      const other = organisation(item, 'blockingCpas');
      findings.push({
        rule: 'blockedOrFraud',
        severity: 'blocking',
        message: other ? 'blockedBy' : 'blocked',
        params: {
          reference,
          reason: localized(item, 'blockingReason') ?? UNKNOWN_REASON,
          ...(other ? { other } : {}),
        },
        itemIds: [item.id],
      });
    }
    if (item.markers.fraud) {
      findings.push({
        rule: 'blockedOrFraud',
        severity: 'blocking',
        message: 'fraud',
        params: { reference },
        itemIds: [item.id],
      });
    }
  }
  return findings;
};
