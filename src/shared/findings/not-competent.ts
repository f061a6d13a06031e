// Not competent: during an aid period of our CPAS, TI 207 names another structure (reception centre,
// ILA, another CPAS), or the person lives in a municipality other than our CPAS's.
import { cpasShortName } from '../domain/aid-periods';
import { digits, overlap, shown, spanOfItem } from './common';
import type { Finding, FindingRuleFn } from './types';

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
    .toLowerCase();

export const notCompetent: FindingRuleFn = ({ items, aid, request, today }) => {
  const findings: Finding[] = [];
  const ours = digits(request.cbe);
  const organisations = items.filter((item) => item.lane === 'organisation');
  const municipalities = items.filter(
    (item) =>
      item.lane === 'residence' &&
      item.subLane === 'municipality' &&
      item.details.some((d) => d.key === 'postalCode'),
  );
  for (const period of aid.periods) {
    if (digits(period.cpas.id) !== ours) continue;
    for (const organisation of organisations) {
      const detail = organisation.details.find((d) => d.key === 'organisation');
      const id = detail?.kind === 'organisation' ? detail.id : '';
      if (digits(id) === ours) continue;
      const days = overlap(period, spanOfItem(organisation));
      if (!days) continue;
      findings.push({
        rule: 'notCompetent',
        severity: 'blocking',
        message: 'notCompetent',
        params: {
          cpas: period.cpas.name,
          organisation: detail?.kind === 'organisation' ? detail.name : organisation.label,
          from: shown(days.from, today),
          to: shown(days.to, today),
        },
        itemIds: [period.id, organisation.id],
      });
    }
    const place = plain(cpasShortName(period.cpas));
    if (!place) continue;
    for (const municipality of municipalities) {
      const names = Object.values(municipality.label).map(plain);
      if (names.includes(place)) continue;
      const days = overlap(period, spanOfItem(municipality));
      if (!days) continue;
      findings.push({
        rule: 'notCompetent',
        severity: 'check',
        message: 'notResident',
        params: {
          cpas: period.cpas.name,
          municipality: municipality.label,
          from: shown(days.from, today),
          to: shown(days.to, today),
        },
        itemIds: [period.id, municipality.id],
      });
    }
  }
  return findings;
};
