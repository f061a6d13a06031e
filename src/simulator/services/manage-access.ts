// The simulated SSDN service ManageAccess (OCMWCPASManageAccess 20050930, official schema): REGISTER / UNREGISTER / LIST a person in the CPAS's repertory.
import { CPAS_SECTOR, isSector17Purpose } from '../../shared/domain/access-purposes';
import type { Persona, PersonaRegistry } from '../personas';
import type {
  AccessRegistrations,
  RegistrationLine,
  RegistrationSpan,
} from './access-registrations';
import { checkRequest, STATUS_DESCRIPTIONS, type Information } from './checks';
import { normaliseName } from './phonetic-search';
import { NS, type SchemaName } from './schemas';
import type { SsdnContext, SsdnDetail, SsdnServiceHandler, SsdnServiceResult } from './ssdn';
import { child, childText, compact, type XmlElement, type XmlTree } from './xml';

export const MANAGE_ACCESS_SERVICE_ID = 'OCMWCPASManageAccess';
export const MANAGE_ACCESS_VERSION = '20050930';

export const ACTIONS = ['REGISTER', 'UNREGISTER', 'LIST'] as const;
export type AccessAction = (typeof ACTIONS)[number];
export const QUERY_REGISTERS = ['PRIMARY', 'SECONDARY', 'ALL'] as const;
export type QueryRegister = (typeof QUERY_REGISTERS)[number];

/** The diagnostic of a proof of authentication that contradicts the register (our model's wording). */
export const PROOF_MISMATCH_DIAGNOSTIC =
  'The proof of authentication does not match the person in the register';
/** The Information field naming which parts of the proof did not match, e.g. "LastName,BirthDate". */
export const PROOF_MISMATCH_FIELD = 'ProofOfAuthentication';

/**
 * The official reply requires a Purpose in OriginalRequest even for a LIST that named none: the simulator
 * echoes -1 there, a value no quality code has, so the echo cannot be mistaken for a filter.
 */
export const NO_PURPOSE_ECHO = -1;

const C = 'common';
const END_OF_TIME = '9999-12-31';

export function manageAccessHandler(
  registry: PersonaRegistry,
  registrations: AccessRegistrations,
): SsdnServiceHandler {
  return {
    serviceId: MANAGE_ACCESS_SERVICE_ID,
    version: MANAGE_ACCESS_VERSION,
    schemas: ['manageAccess'] satisfies SchemaName[],
    payload: { ns: NS.manageAccess, local: 'ManageAccessRequest' },
    handle: (payload, context) => handleManageAccess(payload, context, registry, registrations),
  };
}

interface AccessRequest {
  ssin: string;
  purpose: number | undefined;
  span: RegistrationSpan;
  action: AccessAction;
  sector: number | undefined;
  queryRegister: QueryRegister;
  proof: { lastName: string; firstName: string | undefined; birthDate: string } | undefined;
}

function readRequest(payload: XmlElement): AccessRequest {
  const M = NS.manageAccess;
  const period = child(payload, 'Period', M);
  const purpose = childText(payload, 'Purpose', M);
  const sector = childText(payload, 'Sector', M);
  const proof = child(payload, 'ProofOfAuthentication', M);
  const personData = proof ? child(proof, 'PersonData', M) : undefined;
  return {
    ssin: childText(payload, 'SSIN', M) ?? '',
    purpose: purpose === undefined ? undefined : Number(purpose),
    span: {
      // xs:date may carry a time zone: the day is what counts.
      begin: (period ? (childText(period, 'StartDate', NS.ssdnCommon) ?? '') : '').slice(0, 10),
      end: period ? (childText(period, 'EndDate', NS.ssdnCommon)?.slice(0, 10) ?? null) : null,
    },
    action: (childText(payload, 'Action', M) ?? 'LIST') as AccessAction,
    sector: sector === undefined ? undefined : Number(sector),
    // The schema's default reading of "which register": both.
    queryRegister: (childText(payload, 'QueryRegister', M) ?? 'ALL') as QueryRegister,
    proof: personData
      ? {
          lastName: childText(personData, 'LastName', M) ?? '',
          firstName: childText(personData, 'FirstName', M),
          birthDate: childText(personData, 'BirthDate', M) ?? '',
        }
      : undefined,
  };
}

function handleManageAccess(
  payload: XmlElement,
  context: SsdnContext,
  registry: PersonaRegistry,
  registrations: AccessRegistrations,
): SsdnServiceResult {
  const request = readRequest(payload);
  const reply = (lines: XmlTree[] = []): XmlTree => ({
    ManageAccessReply: {
      '@_xmlns': NS.manageAccess,
      '@_xmlns:common': NS.ssdnCommon,
      OriginalRequest: compact({
        SSIN: request.ssin,
        Purpose: request.purpose ?? NO_PURPOSE_ECHO,
        Period: period(request.span),
        Action: request.action,
        Register: request.action === 'LIST' ? request.queryRegister : undefined,
      }),
      ...(lines.length > 0 ? { Registrations: lines } : {}),
    },
  });
  const refuse = (code: string, information: Information[], diagnostic?: string) => ({
    ok: 'NO' as const,
    details: [detail('ERROR', code, information, diagnostic)],
    payload: reply(),
  });

  // What the BCSS's own checks cannot know: the service's rules on its fields.
  if (request.action !== 'LIST') {
    if (request.purpose === undefined)
      return refuse('MSG00008', [{ fieldName: 'Purpose', fieldValue: 'missing' }]);
    if (!isSector17Purpose(request.purpose))
      return refuse('MSG00008', [{ fieldName: 'Purpose', fieldValue: String(request.purpose) }]);
  } else if (request.sector !== undefined && request.sector !== CPAS_SECTOR) {
    // A CPAS may only read its own sector's repertory.
    return refuse('MSG00013', [{ fieldName: 'Sector', fieldValue: String(request.sector) }]);
  }

  const outcome = checkRequest(
    {
      // The SSDN envelope's sector and organisation were checked by the connector.
      contextAllowed: true,
      customerCbe: context.clientCbe,
      clientCbe: context.clientCbe,
      ssin: request.ssin,
      period: { begin: request.span.begin, end: request.span.end ?? END_OF_TIME },
      // Registering is how a person becomes integrated: ManageAccess never answers MSG00012.
      requireIntegration: false,
    },
    registry,
  );
  if (outcome.kind === 'status') return refuse(outcome.code, outcome.information);

  const { persona, finalNiss } = outcome.match;
  if (request.proof && request.action !== 'LIST') {
    const mismatched = proofMismatches(request.proof, persona);
    if (mismatched.length > 0) {
      return refuse(
        'MSG00008',
        [{ fieldName: PROOF_MISMATCH_FIELD, fieldValue: mismatched.join(',') }],
        PROOF_MISMATCH_DIAGNOSTIC,
      );
    }
  }

  const details: SsdnDetail[] = [];
  if (outcome.information.length > 0)
    details.push(detail('WARNING', 'MSG00006', outcome.information));
  const cbe = context.clientCbe;
  let lines: XmlTree[];
  switch (request.action) {
    case 'REGISTER': {
      // The repertory is kept on the current NISS: a replaced number registers its replacement.
      const result = registrations.register(
        cbe,
        finalNiss,
        request.purpose as number,
        request.span,
      );
      lines = result.map((line) => registration(line, 'SECONDARY', cbe));
      break;
    }
    case 'UNREGISTER': {
      const purpose = request.purpose as number;
      const before = registrations.list(cbe, finalNiss, {
        purpose,
        period: { begin: request.span.begin, end: request.span.end ?? END_OF_TIME },
      });
      if (before.length === 0) details.push(detail('INFORMATION', 'MSG00100', []));
      const result = registrations.unregister(cbe, finalNiss, purpose, request.span);
      lines = result.map((line) => registration(line, 'SECONDARY', cbe));
      break;
    }
    case 'LIST': {
      const found = registrations.list(cbe, finalNiss, {
        ...(request.purpose === undefined ? {} : { purpose: request.purpose }),
        period: { begin: request.span.begin, end: request.span.end ?? END_OF_TIME },
      });
      if (found.length === 0) details.push(detail('INFORMATION', 'MSG00100', []));
      lines = listedLines(found, request.queryRegister, cbe);
      break;
    }
  }
  return { ok: outcome.information.length > 0 ? 'WARNING' : 'YES', details, payload: reply(lines) };
}

/**
 * Our model of the two registers: the sector's repertory (SECONDARY, kept for the CPAS sector) holds the
 * CPAS's lines with its CBE; the BCSS's own repertory (PRIMARY) knows the same lines at the level of the
 * sector. A REGISTER writes both, so ALL lists each line twice, once per register.
 */
function listedLines(found: RegistrationLine[], register: QueryRegister, cbe: string): XmlTree[] {
  const primary = found.map((line) => registration(line, 'PRIMARY', String(CPAS_SECTOR)));
  const secondary = found.map((line) => registration(line, 'SECONDARY', cbe));
  if (register === 'PRIMARY') return primary;
  if (register === 'SECONDARY') return secondary;
  return [...primary, ...secondary];
}

function registration(
  line: RegistrationLine,
  register: 'PRIMARY' | 'SECONDARY',
  orgUnit: string,
): XmlTree {
  return { Purpose: line.purpose, Period: period(line), OrgUnit: orgUnit, Register: register };
}

function period(span: RegistrationSpan): XmlTree {
  return compact({ [`${C}:StartDate`]: span.begin, [`${C}:EndDate`]: span.end ?? undefined });
}

/**
 * Which parts of a PersonData proof contradict the register. Names compare without regard to case,
 * accents or spacing (the investigator types what the identity card shows); a birth date must agree
 * on every part the register knows (an incomplete register date cannot be contradicted by a day).
 */
export function proofMismatches(
  proof: NonNullable<AccessRequest['proof']>,
  persona: Persona,
): string[] {
  const mismatched: string[] = [];
  if (normaliseName(proof.lastName) !== normaliseName(persona.lastName))
    mismatched.push('LastName');
  if (
    proof.firstName !== undefined &&
    normaliseName(proof.firstName) !== normaliseName(persona.firstName)
  )
    mismatched.push('FirstName');
  if (!birthDateAgrees(proof.birthDate, persona.birthDate)) mismatched.push('BirthDate');
  return mismatched;
}

function birthDateAgrees(given: string, known: string | null): boolean {
  if (known === null) return true;
  const [year, month, day] = given.split('-');
  const [knownYear, knownMonth, knownDay] = known.split('-');
  if (year !== knownYear) return false;
  if (knownMonth !== undefined && month !== '00' && month !== knownMonth) return false;
  if (knownDay !== undefined && day !== '00' && day !== knownDay) return false;
  return true;
}

function detail(
  severity: SsdnDetail['severity'],
  code: string,
  information: Information[],
  diagnostic?: string,
): SsdnDetail {
  return {
    severity,
    reasonCode: code,
    diagnostic: diagnostic ?? STATUS_DESCRIPTIONS[code] ?? code,
    information,
  };
}
