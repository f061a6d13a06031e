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
  // Each structure's and municipality's words worked out once, not once per aid period (the heavy person has
  // hundreds of periods; normalising names is the costly part).
  const organisations = items
    .filter((item) => item.lane === 'organisation')
    .map((item) => {
      const detail = item.details.find((d) => d.key === 'organisation');
      return {
        item,
        id: detail?.kind === 'organisation' ? detail.id : '',
        name: detail?.kind === 'organisation' ? detail.name : item.label,
        span: spanOfItem(item),
      };
    })
    .filter((organisation) => digits(organisation.id) !== ours);
  const municipalities = items
    .filter(
      (item) =>
        item.lane === 'residence' &&
        item.subLane === 'municipality' &&
        item.details.some((d) => d.key === 'postalCode'),
    )
    .map((item) => ({
      item,
      names: new Set(Object.values(item.label).map(plain)),
      span: spanOfItem(item),
    }));
  const places = new Map<string, string>();
  for (const period of aid.periods) {
    if (digits(period.cpas.id) !== ours) continue;
    for (const organisation of organisations) {
      const days = overlap(period, organisation.span);
      if (!days) continue;
      findings.push({
        rule: 'notCompetent',
        severity: 'blocking',
        message: 'notCompetent',
        params: {
          cpas: period.cpas.name,
          organisation: organisation.name,
          from: shown(days.from, today),
          to: shown(days.to, today),
        },
        itemIds: [period.id, organisation.item.id],
      });
    }
    const short = cpasShortName(period.cpas);
    let place = places.get(short);
    if (place === undefined) {
      place = plain(short);
      places.set(short, place);
    }
    if (!place) continue;
    for (const municipality of municipalities) {
      if (municipality.names.has(place)) continue;
      const days = overlap(period, municipality.span);
      if (!days) continue;
      findings.push({
        rule: 'notCompetent',
        severity: 'check',
        message: 'notResident',
        params: {
          cpas: period.cpas.name,
          municipality: municipality.item.label,
          from: shown(days.from, today),
          to: shown(days.to, today),
        },
        itemIds: [period.id, municipality.item.id],
      });
    }
  }
  return findings;
};
