// Synthetic inquiries for the vault's tests and benchmark: fictional names, valid synthetic NISS, typical size.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Inquiry, InquiryItem, LaneId, LocalizedText } from '../shared/domain/inquiry';
import { createKeyFileBox } from '../main/vault/key-file-box';

/** Valid 11-digit NISS (National Register, born 1940-1999), deterministic in `n`. */
export function syntheticNiss(n: number): string {
  const year = 40 + (n % 60);
  const month = 1 + (Math.floor(n / 60) % 12);
  const day = 1 + (Math.floor(n / 720) % 28);
  const counter = 1 + ((Math.floor(n / 20160) * 37 + n) % 997);
  const body = pad(year) + pad(month) + pad(day) + String(counter).padStart(3, '0');
  return body + pad(97 - Number(BigInt(body) % 97n));
}

export const FIRST_NAMES = [
  'Amélie',
  'Bruno',
  'Chloé',
  'Dries',
  'Élodie',
  'Fatou',
  'Gaëtan',
  'Hanne',
];
export const LAST_NAMES = [
  'Vandermolen',
  'Lefébure',
  'Ölçer',
  'Dewaelheyns',
  'Quaghebeur',
  'Zoltanik',
];

/** A fictional full name, deterministic in `n`. */
export function syntheticName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / 8) % LAST_NAMES.length]}`;
}

/** Labels as the BCSS sends them; the no-clear-text test looks for each of them on disk. */
export const LABELS: Record<LaneId, LocalizedText> = {
  residence: {
    fr: 'Registre de la population de Florennes',
    nl: 'Bevolkingsregister van Florennes',
    de: 'Bevölkerungsregister von Florennes',
  },
  organisation: {
    fr: 'Centre d’accueil de Kapellen-Zuid',
    nl: 'Opvangcentrum Kapellen-Zuid',
    de: 'Aufnahmezentrum Kapellen-Zuid',
  },
  status: {
    fr: 'Réfugié reconnu par le CGRA',
    nl: 'Erkend vluchteling door het CGVS',
    de: 'Anerkannter Flüchtling durch das GKFS',
  },
  forms: {
    fr: 'Revenu d’intégration catégorie famille à charge',
    nl: 'Leefloon categorie persoon met gezinslast',
    de: 'Eingliederungseinkommen Kategorie Familie zu Lasten',
  },
  piis: {
    fr: 'Projet individualisé d’intégration sociale',
    nl: 'Geïndividualiseerd project voor maatschappelijke integratie',
    de: 'Individualisiertes Projekt zur sozialen Eingliederung',
  },
  art35: {
    fr: 'Exonération socioprofessionnelle article 35',
    nl: 'Socioprofessionele vrijstelling artikel 35',
    de: 'Sozialberufliche Freistellung Artikel 35',
  },
  artistic: {
    fr: 'Exonération pour revenus artistiques',
    nl: 'Vrijstelling voor artistieke inkomsten',
    de: 'Freistellung für künstlerische Einkünfte',
  },
  installationPremium: {
    fr: 'Prime d’installation sans-abri',
    nl: 'Installatiepremie dakloze',
    de: 'Einrichtungsprämie Obdachlose',
  },
};

export const ORGANISATION_NAME = 'CPAS de Wellin-Sohier';

const LANE_IDS = Object.keys(LABELS) as LaneId[];

/**
 * A typical saved inquiry: `periods` items (10-20 is typical) spread over the lanes. Deterministic in
 * `n`, so a test can rebuild what a child process saved from its id alone.
 */
export function syntheticInquiry(
  n: number,
  options: { consultedAt?: string; periods?: number; id?: string } = {},
): Inquiry {
  const niss = syntheticNiss(n);
  const periods = options.periods ?? 10 + (n % 11);
  const items: InquiryItem[] = [];
  for (let i = 0; i < periods; i++) {
    const lane = LANE_IDS[i % LANE_IDS.length]!;
    const year = 2015 + (i % 10);
    items.push({
      id: `${lane}-${i}`,
      lane,
      subLane: lane === 'forms' ? 'RIS' : lane === 'residence' ? 'register' : null,
      begin: { value: `${year}-0${1 + (i % 9)}-01`, precision: 'day' },
      end: i % 4 === 0 ? null : { value: `${year}-12`, precision: 'month' },
      code: `C${100 + i}`,
      label: LABELS[lane],
      source: i % 3 === 0 ? 'ListOfAttestation' : 'SocialInquiry',
      markers: {
        blocked: i % 7 === 3,
        fraud: false,
        role: lane === 'forms' ? 'PARTNER' : null,
        parentProcedure: false,
      },
      details: [
        { key: 'origin', kind: 'text', text: 'Registre national' },
        { key: 'cpas', kind: 'organisation', id: '0212344876', name: ORGANISATION_NAME },
        { key: 'decisionDate', kind: 'date', date: { value: `${year}-03-15`, precision: 'day' } },
        { key: 'reference', kind: 'text', text: `REF-${n}-${i}` },
      ],
    });
  }
  return {
    id: options.id ?? `inq-${n}`,
    request: {
      niss,
      period: { from: '2015-01-01', to: '2024-12-31' },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      cbe: '0212344876',
    },
    finalNiss: niss,
    nissReplaced: false,
    consultedAt: options.consultedAt ?? new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    environment: 'demo',
    answerVersion: 2,
    calls: [
      { service: 'SocialInquiry', ticket: `t-${n}`, ticketCBSS: `cbss-${n}` },
      {
        service: 'ListOfAttestation',
        ticket: `t-${n}-2`,
        ticketCBSS: null,
        requestType: 'FORMULAIRES',
      },
    ],
    dataFound: true,
    items,
  };
}

/** A temporary data directory and a key-file box kept outside it, as the browser host would. */
export async function tempVaultDirs(): Promise<{
  root: string;
  dataDir: string;
  keyPath: string;
  box: ReturnType<typeof createKeyFileBox>;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), 'vault-test-'));
  const dataDir = join(root, 'data');
  const keyPath = join(root, 'config', 'vault.key');
  return {
    root,
    dataDir,
    keyPath,
    box: createKeyFileBox({ path: keyPath }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
