// The simulated ForeignerSituation service (our model, resources/schemas/foreignersituation/): employment cards, work permits and residence reasons of a foreigner, after the BCSS checks.
import { RESIDENCE_REASONS } from '../../shared/domain/residence-reasons';
import type { PersonaRegistry, SpecialInfo, WorkDocument } from '../personas';
import type { SoapReply, SoapRequest, SoapService } from '../soap-service';
import type { AccessRegistrations } from './access-registrations';
import { checkRequest, type Information } from './checks';
import {
  echo,
  informationCbss,
  readCommonRequest,
  refusedEnvelope,
  requiredChild,
  statusTree,
} from './new-style';
import { bodyPayload, invalidStructure } from './soap-payload';
import { NS, type ValidateOptions } from './schemas';
import { buildXml, childBoolean, childText, compact, type XmlTree } from './xml';

/**
 * The URI seed 002 gives (b2b hosts). Unlike the other services it has no /SOA4520 prefix: no public source
 * gives its path on the newer smals hosts, so the one published path is kept as is.
 */
export const FOREIGNER_SITUATION_PATH = '/ForeignerSituationService/v1/consult';
export const FOREIGNER_SITUATION_ACTIONS = {
  employment: `${NS.foreignerSituationIntf}/consultEmploymentInfos`,
  special: `${NS.foreignerSituationIntf}/consultSpecialInfos`,
} as const;
/** Our model: a CPAS consults a foreigner's situation within its social inquiry (the seed's clients use their own). */
export const FOREIGNER_SITUATION_LEGAL_CONTEXT = 'PCSA:SOCIAL_INQUIRY';

export interface ForeignerSituationOptions extends ValidateOptions {
  registry: PersonaRegistry;
  registrations?: AccessRegistrations;
}

type Operation = 'consultEmploymentInfos' | 'consultSpecialInfos';

export function foreignerSituationService(options: ForeignerSituationOptions): SoapService {
  return {
    name: 'ForeignerSituation',
    path: FOREIGNER_SITUATION_PATH,
    soapActions: Object.values(FOREIGNER_SITUATION_ACTIONS),
    handle: (request) =>
      handleConsult(
        request,
        request.soapAction === FOREIGNER_SITUATION_ACTIONS.employment
          ? 'consultEmploymentInfos'
          : 'consultSpecialInfos',
        options,
      ),
  };
}

async function handleConsult(
  request: SoapRequest,
  operation: Operation,
  options: ForeignerSituationOptions,
): Promise<SoapReply> {
  const refused = await refusedEnvelope(request, ['foreignerSituation'], options);
  if (refused) return refused;
  let payload;
  let common;
  let criteria;
  try {
    // The SOAPAction names the operation; the body must carry that operation's request.
    payload = bodyPayload(request.envelope, NS.foreignerSituationIntf, `${operation}Request`);
    common = readCommonRequest(payload);
    criteria = requiredChild(payload, 'criteria');
  } catch (error) {
    return invalidStructure(error instanceof Error ? error.message : String(error));
  }

  const outcome = checkRequest(
    {
      contextAllowed: common.legalContext === FOREIGNER_SITUATION_LEGAL_CONTEXT,
      customerCbe: common.customerCbe,
      clientCbe: request.clientCbe,
      ssin: childText(criteria, 'ssin') ?? '',
      refuseBis: true,
      ...(options.registrations ? { registrations: options.registrations } : {}),
    },
    options.registry,
  );

  let value: string;
  let code: string;
  let information: Information[];
  let finalSsin: string | undefined;
  let result: XmlTree | undefined;
  if (outcome.kind === 'status') {
    ({ value, code, information } = outcome);
    finalSsin = outcome.finalNiss;
  } else {
    information = outcome.information;
    finalSsin = outcome.match.finalNiss;
    const records = outcome.match.persona.foreigner;
    if (operation === 'consultEmploymentInfos') {
      const groups = requiredChild(criteria, 'dataGroups');
      const wanted = (name: string) => childBoolean(groups, name, false);
      const cards = wanted('employmentCards') ? (records?.employmentCards ?? []) : null;
      const permits = wanted('workPermits') ? (records?.workPermits ?? []) : null;
      const found = (cards?.length ?? 0) + (permits?.length ?? 0);
      result =
        found === 0
          ? undefined
          : compact({
              employmentCards: cards
                ? { employmentCard: byInception(cards).map(employmentCard) }
                : undefined,
              workPermits: permits
                ? { workPermit: byInception(permits).map(workPermit) }
                : undefined,
            });
    } else {
      const infos = records?.specialInfos ?? [];
      result =
        infos.length === 0
          ? undefined
          : { specialInfos: { specialInfo: byInception(infos).map(specialInfo) } };
    }
    value = result ? 'DATA_FOUND' : 'NO_DATA_FOUND';
    code = result ? 'MSG00000' : 'MSG00100';
  }

  const response: XmlTree = {
    [`v1:${operation}Response`]: {
      '@_xmlns:v1': NS.foreignerSituationIntf,
      informationCustomer: echo(common.informationCustomer),
      informationCBSS: informationCbss(request),
      legalContext: childText(payload, 'legalContext') ?? '',
      criteria: echo(criteria),
      status: statusTree(value, code, information),
      ...compact({ ssin: finalSsin, result }),
    },
  };
  return { kind: 'response', payloadXml: buildXml(response) };
}

/** Oldest first; incomplete dates order by their earliest possible day, which plain text order gives. */
function byInception<T extends { inception: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.inception < b.inception ? -1 : a.inception > b.inception ? 1 : 0,
  );
}

function employmentCard(card: WorkDocument): XmlTree {
  return compact({
    inceptionDate: card.inception,
    expiryDate: card.end,
    duplicate: card.duplicate === undefined ? undefined : String(card.duplicate),
    cardNumber: card.number,
    expirationDetails: compact({ expiryDate: card.expiry, comment: card.comment }),
  });
}

function workPermit(permit: WorkDocument): XmlTree {
  return compact({
    inceptionDate: permit.inception,
    expiryDate: permit.end,
    permitNumber: permit.number,
    expirationDetails: compact({ expiryDate: permit.expiry, comment: permit.comment }),
  });
}

function specialInfo(info: SpecialInfo): XmlTree {
  const labels = RESIDENCE_REASONS[info.reason];
  if (!labels) throw new Error(`unknown residence reason ${info.reason}`);
  return compact({
    inceptionDate: info.inception,
    expiryDate: info.expiry,
    comment1: info.comment,
    limosa: compact({
      reason1: {
        code: info.reason,
        description: {
          description: [
            { '#text': labels.fr, '@_language': 'FR' },
            { '#text': labels.nl, '@_language': 'NL' },
          ],
        },
      },
      nrBase: info.reunificationWith ? { ssin: info.reunificationWith } : undefined,
    }),
  });
}
