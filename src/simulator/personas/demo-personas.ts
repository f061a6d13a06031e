// The demo persons: one hand-written case per thing an investigator must learn to read, and one per BCSS status code.
//
// All names are invented; every NISS is synthetic (valid check digits, no link to a real person). The demo
// CPAS is the client certificate's organisation, the CPAS de Liège of this synthetic world (0207777760).
import { parseNiss } from '../../shared/domain/niss';
import {
  asPartner,
  cpasInCharge,
  endOfMonth,
  form,
  livesAbroad,
  livesIn,
  nationality,
  register,
  span,
  status,
  structureInCharge,
  struckOff,
} from './builders';
import { DEMO_CPAS_CBE, OVERLAP_CPAS_CBE, THIRD_CPAS_CBE } from './codes';
import { heavyHistory } from './heavy';
import { makeNiss } from './make-niss';
import { type Labels, type Persona, type PersonaHistory, emptyHistory } from './types';

const LIEGE = DEMO_CPAS_CBE;
const BRUXELLES = OVERLAP_CPAS_CBE;
const CHARLEROI = THIRD_CPAS_CBE;
const GENT = '0212000131';
const EUPEN = '0212000329';
const NAMUR = '0212000428';
const ANDERLECHT = '0212001022';
const SANKT_VITH = '0212001220';

// NISS of persons other personas refer to (a parent, a partner, a replacement).
const HADDAD_NISS = makeNiss({ year: 1984, month: 9, day: 3, counter: 217 });
const BENALI_NISS = makeNiss({ year: 1979, month: 11, day: 2, counter: 465 });
const EL_AMRANI_NISS = makeNiss({ year: 1985, month: 7, day: 14, counter: 388 });
const MUKENDI_OLD_BIS = makeNiss({ year: 1979, month: 8, day: 25, counter: 404, kind: 'bis' });
const MUKENDI_FINAL = makeNiss({ year: 1979, month: 8, day: 25, counter: 404 });

/** The NISS a replaced persona's answers are about (not itself a DEMO_PERSONAS entry). */
export const REPLACEMENT_NISS: Readonly<Record<string, string>> = {
  [MUKENDI_OLD_BIS]: MUKENDI_FINAL,
};

function ref(cpasNis: string, basis: string, year: number, seq: number): string {
  return `${cpasNis}/${basis}/${year}/${String(seq).padStart(5, '0')}`;
}

function t(fr: string, nl: string, de: string): Labels {
  return { fr, nl, de };
}

function history(parts: Partial<PersonaHistory>): PersonaHistory {
  return { ...emptyHistory(), ...parts };
}

type PersonaInput = Omit<
  Persona,
  'birthDate' | 'sex' | 'expected' | 'registerState' | 'integratedFor'
> &
  Partial<Pick<Persona, 'expected' | 'registerState' | 'integratedFor'>>;

/** Fills in what the NISS says (birth date, sex) and the defaults of an ordinary, integrated person. */
function persona(input: PersonaInput): Persona {
  const parsed = parseNiss(input.niss);
  if (!parsed.ok) throw new Error(`persona ${input.key}: invalid NISS ${input.niss}`);
  return {
    ...input,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    expected: input.expected ?? { value: 'DATA_FOUND', code: 'MSG00000' },
    registerState: input.registerState ?? { kind: 'active' },
    integratedFor: input.integratedFor ?? [LIEGE],
  };
}

// The couple's Loi 65 dossier: one set of forms, Karim Benali main beneficiary, Nadia El Amrani partner.
const COUPLE_FORMS = [
  form({
    reference: ref('62063', 'L65', 2023, 211),
    legalBasis: 'LOI65',
    formType: 'A',
    declared: span('2023-06-01'),
    decisionDate: '2023-05-24',
  }),
  form({
    reference: ref('62063', 'L65', 2023, 212),
    legalBasis: 'LOI65',
    formType: 'B1',
    declared: span('2023-06-01'),
    aid: ['EQUIVALENT_RIS'],
    decisionDate: '2023-05-24',
  }),
  form({
    reference: ref('62063', 'L65', 2023, 488),
    legalBasis: 'LOI65',
    formType: 'D1',
    declared: span('2023-06-01', '2023-12-31'),
    aid: ['EQUIVALENT_RIS'],
    entryDate: '2024-01-12',
  }),
  form({
    reference: ref('62063', 'L65', 2024, 37),
    legalBasis: 'LOI65',
    formType: 'B2',
    declared: span('2024-01-10', '2024-01-10'),
    aid: ['MEDICAL_COSTS', 'PHARMACEUTICAL_COSTS'],
    decisionDate: '2024-01-18',
  }),
  form({
    reference: ref('62063', 'L65', 2024, 38),
    legalBasis: 'LOI65',
    formType: 'D2',
    declared: span('2024-01-10', '2024-01-10'),
    aid: ['MEDICAL_COSTS', 'PHARMACEUTICAL_COSTS'],
    entryDate: '2024-02-05',
  }),
];

const COUPLE_SHARED = {
  registers: [register('FOREIGNERS', '2019-09-16')],
  residences: [livesIn('charleroi', '2019-09-16', '2023-04-30'), livesIn('liege', '2023-05-01')],
  statuses: [status('REGISTERED_FOREIGNER', '2019-09-16', { detail: 'CARD_A' })],
};

export const DEMO_PERSONAS: readonly Persona[] = [
  persona({
    key: 'belgian-ris',
    registerExtras: { civilStates: [{ state: '10', begin: '1987-04-12' }], household: [] },
    niss: makeNiss({ year: 1987, month: 4, day: 12, counter: 142 }),
    lastName: 'Lejeune',
    firstName: 'Martine',
    teaches: t(
      'Une Belge au RIS classique : nationalité, registre et commune stables, un formulaire B ouvert du CPAS de Liège et un PIIS.',
      'Een Belgische met een gewoon leefloon: vaste nationaliteit, register en gemeente, een open formulier B van het OCMW Luik en een GPMI.',
      'Eine Belgierin mit gewöhnlichem Eingliederungseinkommen: feste Staatsangehörigkeit, Register und Gemeinde, ein offenes Formular B des ÖSHZ Lüttich und ein IPSE.',
    ),
    history: history({
      nationalities: [nationality('150', '1987-04-12')],
      registers: [register('POPULATION', '1987-04-12')],
      residences: [livesIn('verviers', '1987-04-12', '2009-05-31'), livesIn('liege', '2009-06-01')],
      statuses: [status('BELGIAN', '1987-04-12', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2019, 1304),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2019-05-01', '2019-12-31'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2019-04-23',
        }),
        form({
          reference: ref('62063', 'RIS', 2019, 3977),
          legalBasis: 'RIS',
          formType: 'C',
          declared: span('2020-01-01'),
          decisionDate: '2019-12-17',
        }),
        form({
          reference: ref('62063', 'RIS', 2024, 612),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2024-03-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2024-02-20',
        }),
      ],
      piis: [
        {
          begin: '2024-03-01',
          end: '2025-02-28',
          kind: 'SOCIAL',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2024, 201),
          decisionDate: '2024-02-20',
        },
      ],
    }),
  }),
  persona({
    key: 'asylum-to-refugee',
    niss: HADDAD_NISS,
    lastName: 'Haddad',
    firstName: 'Rami',
    teaches: t(
      "Un demandeur d'asile : centre Fedasil, puis ILA, puis CPAS (TI 207), reconnu réfugié ; le RIS n'est remboursé qu'à partir de la prise en charge par le CPAS.",
      'Een asielzoeker: Fedasil-centrum, dan LOI, dan OCMW (IT 207), erkend vluchteling; het leefloon wordt pas terugbetaald vanaf de tenlasteneming door het OCMW.',
      'Ein Asylbewerber: Fedasil-Zentrum, dann LAI, dann ÖSHZ (IT 207), anerkannter Flüchtling; das EE wird erst ab der Zuständigkeit des ÖSHZ erstattet.',
    ),
    history: history({
      nationalities: [nationality('237', '1984-09-03')],
      registers: [
        register('WAITING', '2021-10-05', '2023-02-14'),
        register('FOREIGNERS', '2023-02-15'),
      ],
      residences: [livesIn('mons', '2021-10-05', '2022-05-31'), livesIn('liege', '2022-06-01')],
      inCharge: [
        structureInCharge('C1201', '2021-10-05', '2022-05-31'),
        structureInCharge('I6206', '2022-06-01', '2023-03-31'),
        cpasInCharge(LIEGE, '2023-04-01'),
      ],
      statuses: [
        status('ASYLUM_SEEKER', '2021-10-05', { end: '2023-02-14', detail: 'APPLICATION_LODGED' }),
        status('RECOGNISED_REFUGEE', '2023-02-15', { detail: 'CGRS_RECOGNITION' }),
      ],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2023, 845),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2023-02-15'),
          recalculated: span('2023-04-01'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2023-03-10',
        }),
      ],
      piis: [
        {
          begin: '2023-05-01',
          end: '2024-04-30',
          kind: 'EMPLOYMENT',
          extension: span('2024-05-01', '2024-10-31'),
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2023, 77),
          decisionDate: '2023-04-20',
        },
      ],
      premiums: [
        {
          date: '2023-04-12',
          legalBasis: 'RIS',
          cpas: LIEGE,
          reference: ref('62063', 'PRI', 2023, 14),
        },
      ],
    }),
  }),
  persona({
    key: 'minor-attached-to-parent',
    niss: makeNiss({ year: 2012, month: 6, day: 18, counter: 84 }),
    lastName: 'Haddad',
    firstName: 'Lina',
    teaches: t(
      "Une mineure rattachée à la procédure de son père (Rami Haddad) : ses statuts portent l'indication et le NISS du parent, sans formulaire propre.",
      'Een minderjarige gekoppeld aan de procedure van haar vader (Rami Haddad): haar statussen dragen de aanduiding en het INSZ van de ouder, zonder eigen formulier.',
      'Eine Minderjährige, die dem Verfahren ihres Vaters (Rami Haddad) angeschlossen ist: ihre Status tragen den Hinweis und die INSZ des Elternteils, ohne eigenes Formular.',
    ),
    history: history({
      nationalities: [nationality('237', '2012-06-18')],
      registers: [
        register('WAITING', '2021-10-05', '2023-02-14'),
        register('FOREIGNERS', '2023-02-15'),
      ],
      residences: [livesIn('mons', '2021-10-05', '2022-05-31'), livesIn('liege', '2022-06-01')],
      inCharge: [
        structureInCharge('C1201', '2021-10-05', '2022-05-31'),
        structureInCharge('I6206', '2022-06-01', '2023-03-31'),
        cpasInCharge(LIEGE, '2023-04-01'),
      ],
      statuses: [
        status('ASYLUM_SEEKER', '2021-10-05', {
          end: '2023-02-14',
          detail: 'ATTACHED_TO_PARENT',
          parent: HADDAD_NISS,
        }),
        status('RECOGNISED_REFUGEE', '2023-02-15', {
          detail: 'ATTACHED_TO_PARENT',
          parent: HADDAD_NISS,
        }),
      ],
    }),
  }),
  persona({
    key: 'subsidiary-protection',
    foreigner: {
      // Two part-time jobs at once: one card with an incomplete inception date, one indefinite.
      employmentCards: [
        {
          number: 'EC-44021-7731',
          inception: '2023-03-00',
          expiry: '2024-02-29',
          end: '2024-02-29',
          duplicate: 1,
        },
        {
          number: 'EC-62063-0952',
          inception: '2024-01-15',
          expiry: '9999-00-00',
          comment: 'Durée indéterminée',
        },
      ],
      workPermits: [{ number: 'WP-2023-8811', inception: '2023-04-03', expiry: '2024-04-02' }],
      specialInfos: [],
    },
    niss: makeNiss({ year: 1999, month: 3, day: 21, counter: 331 }),
    lastName: 'Rahimi',
    firstName: 'Ahmad',
    teaches: t(
      "Protection subsidiaire après un séjour en centre à Gand : l'OCMW Gent arrête l'aide au déménagement, le CPAS de Liège reprend avec un PIIS (moins de 25 ans).",
      'Subsidiaire bescherming na een verblijf in een centrum in Gent: het OCMW Gent stopt de hulp bij de verhuizing, het OCMW Luik neemt over met een GPMI (jonger dan 25).',
      'Subsidiärer Schutz nach einem Aufenthalt in einem Zentrum in Gent: das ÖSHZ Gent stellt die Hilfe beim Umzug ein, das ÖSHZ Lüttich übernimmt mit einem IPSE (unter 25).',
    ),
    history: history({
      nationalities: [nationality('251', '1999-03-21')],
      registers: [
        register('WAITING', '2022-08-16', '2023-09-11'),
        register('FOREIGNERS', '2023-09-12'),
      ],
      residences: [livesIn('gent', '2022-08-16', '2023-10-31'), livesIn('liege', '2023-11-01')],
      inCharge: [structureInCharge('C1202', '2022-08-16', '2023-09-30')],
      statuses: [
        status('ASYLUM_SEEKER', '2022-08-16', { end: '2023-09-11', detail: 'APPLICATION_LODGED' }),
        status('SUBSIDIARY_PROTECTION', '2023-09-12', { detail: 'CGRS_SUBSIDIARY' }),
      ],
      forms: [
        form({
          reference: ref('44021', 'RIS', 2023, 5120),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: GENT,
          declared: span('2023-10-01'),
          recalculated: span('2023-10-01', '2023-10-31'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2023-09-28',
        }),
        form({
          reference: ref('44021', 'RIS', 2023, 5871),
          legalBasis: 'RIS',
          formType: 'C',
          cpas: GENT,
          declared: span('2023-11-01'),
          decisionDate: '2023-10-30',
        }),
        form({
          reference: ref('62063', 'RIS', 2023, 2290),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2023-11-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2023-11-09',
        }),
      ],
      piis: [
        {
          begin: '2023-12-01',
          end: '2024-11-30',
          kind: 'SOCIAL',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2023, 390),
          decisionDate: '2023-11-28',
        },
      ],
    }),
  }),
  persona({
    key: 'couple-main-beneficiary',
    registerExtras: {
      civilStates: [
        { state: '10', begin: '1979-11-02', end: '2018-06-22' },
        { state: '20', begin: '2018-06-23', spouseNiss: EL_AMRANI_NISS },
      ],
      household: [
        { position: 'REFERENCE', role: '01', otherNiss: EL_AMRANI_NISS, begin: '2019-09-16' },
      ],
    },
    foreigner: {
      employmentCards: [],
      // Two permits in a row: the first closed when it expired, the second indefinite.
      workPermits: [
        {
          number: 'WP-2019-0417',
          inception: '2019-10-01',
          end: '2021-09-30',
          expiry: '2021-09-30',
          comment: 'Permis B, employeur unique',
        },
        { number: 'WP-2021-2210', inception: '2021-10-01', expiry: '9999-00-00' },
      ],
      specialInfos: [{ inception: '2019-09-16', reason: '01000000' }],
    },
    niss: BENALI_NISS,
    lastName: 'Benali',
    firstName: 'Karim',
    teaches: t(
      'Couple en loi 65 : Karim Benali est bénéficiaire principal des formulaires A, B1, D1, B2 et D2 que sa partenaire partage (mêmes références).',
      'Koppel onder de wet van 1965: Karim Benali is hoofdbegunstigde van de formulieren A, B1, D1, B2 en D2 die zijn partner deelt (zelfde referenties).',
      'Paar nach dem Gesetz von 1965: Karim Benali ist Hauptberechtigter der Formulare A, B1, D1, B2 und D2, die seine Partnerin teilt (gleiche Referenzen).',
    ),
    history: history({
      nationalities: [nationality('354', '1979-11-02')],
      ...COUPLE_SHARED,
      forms: COUPLE_FORMS,
    }),
  }),
  persona({
    key: 'couple-partner',
    registerExtras: {
      civilStates: [
        { state: '10', begin: '1985-07-14', end: '2018-06-22' },
        { state: '20', begin: '2018-06-23', spouseNiss: BENALI_NISS },
      ],
      household: [{ position: 'MEMBER', role: '01', otherNiss: BENALI_NISS, begin: '2019-09-16' }],
    },
    foreigner: {
      employmentCards: [],
      workPermits: [],
      // She joined her husband: family reunification with a non-European, spouse; he opens the right.
      specialInfos: [
        {
          inception: '2019-09-16',
          expiry: '2024-09-15',
          reason: '01010101',
          reunificationWith: BENALI_NISS,
        },
      ],
    },
    niss: EL_AMRANI_NISS,
    lastName: 'El Amrani',
    firstName: 'Nadia',
    teaches: t(
      'La partenaire du couple en loi 65 : les mêmes formulaires, avec le rôle Partenaire.',
      'De partner van het koppel onder de wet van 1965: dezelfde formulieren, met de rol Partner.',
      'Die Partnerin des Paares nach dem Gesetz von 1965: dieselben Formulare, mit der Rolle Partner.',
    ),
    history: history({
      nationalities: [nationality('354', '1985-07-14')],
      ...COUPLE_SHARED,
      forms: COUPLE_FORMS.map(asPartner),
    }),
  }),
  persona({
    key: 'overlap-blocked',
    niss: makeNiss({ year: 1990, month: 2, day: 8, counter: 157 }),
    lastName: 'Claes',
    firstName: 'Jonathan',
    teaches: t(
      "Formulaire bloqué pour chevauchement : le CPAS de Bruxelles n'a jamais arrêté son RIS après le déménagement à Liège ; sa période recalculée s'arrête au déménagement.",
      'Formulier geblokkeerd wegens overlapping: het OCMW Brussel heeft zijn leefloon na de verhuizing naar Luik nooit stopgezet; zijn herberekende periode stopt bij de verhuizing.',
      'Formular wegen Überschneidung gesperrt: das ÖSHZ Brüssel hat sein EE nach dem Umzug nach Lüttich nie eingestellt; sein neu berechneter Zeitraum endet mit dem Umzug.',
    ),
    history: history({
      nationalities: [nationality('150', '1990-02-08')],
      registers: [register('POPULATION', '1990-02-08')],
      residences: [
        livesIn('bruxelles', '1990-02-08', '2024-09-14'),
        livesIn('liege', '2024-09-15'),
      ],
      statuses: [status('BELGIAN', '1990-02-08', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('21004', 'RIS', 2022, 118),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: BRUXELLES,
          declared: span('2022-01-01'),
          recalculated: span('2022-01-01', '2024-09-14'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2021-12-14',
        }),
        form({
          reference: ref('62063', 'RIS', 2024, 2417),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2024-10-01'),
          aid: ['RIS_ISOLATED'],
          blocked: { reason: 'OVERLAP', otherCpas: BRUXELLES },
          decisionDate: '2024-10-08',
        }),
      ],
    }),
  }),
  persona({
    key: 'fraud-indication',
    niss: makeNiss({ year: 1993, month: 12, day: 1, counter: 409 }),
    lastName: 'Dubois',
    firstName: 'Kevin',
    teaches: t(
      "Indication de fraude : un contrôle a posteriori a révélé des revenus non déclarés ; le formulaire est bloqué et marqué fraude, le précédent de Charleroi ne l'est pas.",
      'Fraudeaanduiding: een controle a posteriori bracht niet-aangegeven inkomsten aan het licht; het formulier is geblokkeerd en als fraude gemarkeerd, het vorige uit Charleroi niet.',
      'Betrugshinweis: eine nachträgliche Kontrolle ergab nicht angegebene Einkünfte; das Formular ist gesperrt und als Betrug markiert, das vorherige aus Charleroi nicht.',
    ),
    history: history({
      nationalities: [nationality('150', '1993-12-01')],
      registers: [register('POPULATION', '1993-12-01')],
      residences: [
        livesIn('charleroi', '1993-12-01', '2022-11-30'),
        livesIn('liege', '2022-12-01'),
      ],
      statuses: [status('BELGIAN', '1993-12-01', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('52011', 'RIS', 2021, 731),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: CHARLEROI,
          declared: span('2021-04-01', '2022-11-30'),
          aid: ['RIS_COHABITANT'],
          decisionDate: '2021-03-25',
        }),
        form({
          reference: ref('62063', 'RIS', 2023, 19),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2023-01-01'),
          aid: ['RIS_ISOLATED'],
          blocked: { reason: 'A_POSTERIORI' },
          fraud: true,
          decisionDate: '2022-12-20',
        }),
      ],
    }),
  }),
  persona({
    key: 'loi65-forms',
    niss: makeNiss({ year: 1988, month: 5, day: 30, counter: 273 }),
    lastName: 'Diallo',
    firstName: 'Mamadou',
    teaches: t(
      'Tous les formulaires de la loi 65 : A, B1, B2, D1, D2, arrêt C et récupération F, pour un étranger inscrit sans droit au RIS.',
      'Alle formulieren van de wet van 1965: A, B1, B2, D1, D2, stopzetting C en terugvordering F, voor een ingeschreven vreemdeling zonder recht op leefloon.',
      'Alle Formulare des Gesetzes von 1965: A, B1, B2, D1, D2, Einstellung C und Rückforderung F, für einen eingetragenen Ausländer ohne Anspruch auf EE.',
    ),
    history: history({
      nationalities: [nationality('334', '1988-05-30')],
      registers: [register('FOREIGNERS', '2020-02-03')],
      residences: [livesIn('liege', '2020-02-03')],
      statuses: [status('REGISTERED_FOREIGNER', '2020-02-03', { detail: 'CARD_A' })],
      forms: [
        form({
          reference: ref('62063', 'L65', 2022, 41),
          legalBasis: 'LOI65',
          formType: 'A',
          declared: span('2022-03-01'),
          decisionDate: '2022-02-22',
        }),
        form({
          reference: ref('62063', 'L65', 2022, 42),
          legalBasis: 'LOI65',
          formType: 'B1',
          declared: span('2022-03-01', '2023-08-31'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2022-02-22',
        }),
        form({
          reference: ref('62063', 'L65', 2022, 388),
          legalBasis: 'LOI65',
          formType: 'D1',
          declared: span('2022-03-01', '2022-12-31'),
          aid: ['EQUIVALENT_RIS'],
          entryDate: '2023-01-16',
        }),
        form({
          reference: ref('62063', 'L65', 2022, 502),
          legalBasis: 'LOI65',
          formType: 'B2',
          declared: span('2022-09-12', '2022-09-16'),
          aid: ['HOSPITAL_COSTS', 'MEDICAL_COSTS'],
          decisionDate: '2022-09-20',
        }),
        form({
          reference: ref('62063', 'L65', 2022, 503),
          legalBasis: 'LOI65',
          formType: 'D2',
          declared: span('2022-09-12', '2022-09-16'),
          aid: ['HOSPITAL_COSTS', 'MEDICAL_COSTS'],
          entryDate: '2022-10-11',
        }),
        form({
          reference: ref('62063', 'L65', 2023, 266),
          legalBasis: 'LOI65',
          formType: 'D1',
          declared: span('2023-01-01', '2023-08-31'),
          recalculated: span('2023-01-01', '2023-07-31'),
          aid: ['EQUIVALENT_RIS'],
          entryDate: '2023-09-14',
        }),
        form({
          reference: ref('62063', 'L65', 2023, 301),
          legalBasis: 'LOI65',
          formType: 'C',
          declared: span('2023-09-01'),
          decisionDate: '2023-08-29',
        }),
        form({
          reference: ref('62063', 'L65', 2023, 455),
          legalBasis: 'LOI65',
          formType: 'F',
          declared: span('2023-08-01', '2023-08-31'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2023-10-03',
        }),
      ],
    }),
  }),
  persona({
    key: 'organic-law',
    niss: makeNiss({ year: 1961, month: 8, day: 19, counter: 50 }),
    lastName: 'Mertens',
    firstName: 'Chantal',
    teaches: t(
      "Aide en loi organique : une garantie locative puis une aide énergie d'hiver arrêtée au printemps, sans RIS.",
      'Hulp onder de organieke wet: een huurwaarborg, daarna energiehulp in de winter die in de lente stopt, zonder leefloon.',
      'Hilfe nach dem Grundlagengesetz: eine Mietkaution, dann eine Winter-Energiehilfe, die im Frühjahr endet, ohne EE.',
    ),
    history: history({
      nationalities: [nationality('150', '1961-08-19')],
      registers: [register('POPULATION', '1961-08-19')],
      residences: [livesIn('namur', '1961-08-19', '2021-12-31'), livesIn('liege', '2022-01-01')],
      statuses: [status('BELGIAN', '1961-08-19', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('62063', 'ORG', 2022, 97),
          legalBasis: 'ORGANIC',
          formType: 'B',
          declared: span('2022-03-01', '2022-03-01'),
          aid: ['RENT_GUARANTEE'],
          decisionDate: '2022-02-15',
        }),
        form({
          reference: ref('62063', 'ORG', 2023, 1210),
          legalBasis: 'ORGANIC',
          formType: 'B',
          declared: span('2023-11-01'),
          aid: ['ENERGY'],
          decisionDate: '2023-10-24',
        }),
        form({
          reference: ref('62063', 'ORG', 2024, 388),
          legalBasis: 'ORGANIC',
          formType: 'C',
          declared: span('2024-04-01'),
          aid: ['ENERGY'],
          decisionDate: '2024-03-19',
        }),
      ],
    }),
  }),
  persona({
    key: 'piis-extension',
    niss: makeNiss({ year: 2004, month: 9, day: 9, counter: 11 }),
    lastName: 'Moreau',
    firstName: 'Lucas',
    teaches: t(
      "Un étudiant au RIS : PIIS études prolongé d'un an, exonération art. 35 §2 pour un job d'été.",
      'Een student met leefloon: GPMI studies met een jaar verlengd, vrijstelling art. 35 §2 voor een zomerjob.',
      'Ein Student mit EE: IPSE Studium um ein Jahr verlängert, Freistellung Art. 35 §2 für einen Sommerjob.',
    ),
    history: history({
      nationalities: [nationality('150', '2004-09-09')],
      registers: [register('POPULATION', '2004-09-09')],
      residences: [livesIn('liege', '2004-09-09')],
      statuses: [status('BELGIAN', '2004-09-09', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2022, 1876),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2022-09-01'),
          aid: ['RIS_COHABITANT'],
          decisionDate: '2022-08-30',
        }),
      ],
      piis: [
        {
          begin: '2022-09-01',
          end: '2023-08-31',
          kind: 'STUDIES',
          extension: span('2023-09-01', '2024-08-31'),
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2022, 530),
          decisionDate: '2022-08-30',
        },
        {
          begin: '2024-09-01',
          kind: 'STUDIES',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2024, 611),
          decisionDate: '2024-08-27',
        },
      ],
      art35: [
        {
          begin: '2023-07-01',
          end: '2023-08-31',
          kind: 'ART35_2',
          cpas: LIEGE,
          reference: ref('62063', 'A35', 2023, 40),
          entryDate: '2023-07-12',
        },
      ],
    }),
  }),
  persona({
    key: 'art35-exemption',
    niss: makeNiss({ year: 1985, month: 3, day: 3, counter: 198 }),
    lastName: 'Lambert',
    firstName: 'Sarah',
    teaches: t(
      "Exonération art. 35 §1 : le compteur de 1096 jours (36 mois sur six ans au plus) suit la personne d'un CPAS à l'autre (Namur puis Liège).",
      'Vrijstelling art. 35 §1: de teller van 1096 dagen (36 maanden over hoogstens zes jaar) volgt de persoon van het ene OCMW naar het andere (Namen, dan Luik).',
      'Freistellung Art. 35 §1: der Zähler von 1096 Tagen (36 Monate in höchstens sechs Jahren) folgt der Person von einem ÖSHZ zum anderen (Namur, dann Lüttich).',
    ),
    history: history({
      nationalities: [nationality('150', '1985-03-03')],
      registers: [register('POPULATION', '1985-03-03')],
      residences: [livesIn('namur', '1985-03-03', '2022-04-30'), livesIn('liege', '2022-05-01')],
      statuses: [status('BELGIAN', '1985-03-03', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('92094', 'RIS', 2020, 77),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: NAMUR,
          declared: span('2020-01-01', '2022-04-30'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2019-12-18',
        }),
        form({
          reference: ref('62063', 'RIS', 2022, 1011),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2022-05-01'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2022-05-10',
        }),
      ],
      art35: [
        {
          begin: '2021-03-01',
          end: '2021-12-31',
          kind: 'ART35_1',
          cpas: NAMUR,
          reference: ref('92094', 'A35', 2021, 12),
          entryDate: '2021-03-15',
        },
        {
          begin: '2022-06-01',
          end: '2023-05-31',
          kind: 'ART35_1',
          cpas: LIEGE,
          reference: ref('62063', 'A35', 2022, 58),
          entryDate: '2022-06-20',
        },
        {
          begin: '2024-01-01',
          end: '2024-12-31',
          kind: 'ART35_1',
          cpas: LIEGE,
          reference: ref('62063', 'A35', 2024, 3),
          entryDate: '2024-01-17',
        },
      ],
    }),
  }),
  persona({
    key: 'artistic-exemption',
    niss: makeNiss({ year: 1978, month: 10, day: 10, counter: 317 }),
    lastName: 'Verhaegen',
    firstName: 'Thomas',
    teaches: t(
      'Un musicien au RIS : exonérations artistiques annuelles accordées par Gand puis par Liège.',
      'Een muzikant met leefloon: jaarlijkse vrijstellingen van artistieke inkomsten, toegekend door Gent en daarna door Luik.',
      'Ein Musiker mit EE: jährliche Freistellungen künstlerischer Einkünfte, gewährt von Gent und danach von Lüttich.',
    ),
    history: history({
      nationalities: [nationality('150', '1978-10-10')],
      registers: [register('POPULATION', '1978-10-10')],
      residences: [livesIn('gent', '1978-10-10', '2022-12-31'), livesIn('liege', '2023-01-01')],
      statuses: [status('BELGIAN', '1978-10-10', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('44021', 'RIS', 2020, 2231),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: GENT,
          declared: span('2020-06-01', '2022-12-31'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2020-05-26',
        }),
        form({
          reference: ref('62063', 'RIS', 2023, 60),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2023-01-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2023-01-17',
        }),
      ],
      artistic: [
        {
          year: 2021,
          cpas: GENT,
          reference: ref('44021', 'ART', 2021, 8),
          entryDate: '2021-02-10',
        },
        {
          year: 2022,
          cpas: GENT,
          reference: ref('44021', 'ART', 2022, 5),
          entryDate: '2022-01-28',
        },
        {
          year: 2023,
          cpas: LIEGE,
          reference: ref('62063', 'ART', 2023, 2),
          entryDate: '2023-02-02',
        },
        {
          year: 2024,
          cpas: LIEGE,
          reference: ref('62063', 'ART', 2024, 4),
          entryDate: '2024-01-30',
        },
      ],
    }),
  }),
  persona({
    key: 'installation-premium',
    niss: makeNiss({ year: 1970, month: 1, day: 15, counter: 129 }),
    lastName: 'Lambotte',
    firstName: 'Patrick',
    teaches: t(
      "Sortie du sans-abrisme : radié d'office, adresse de référence au CPAS, puis logement avec prime d'installation et garantie locative.",
      'Uit de dakloosheid: ambtshalve geschrapt, referentieadres bij het OCMW, dan een woning met installatiepremie en huurwaarborg.',
      'Ausstieg aus der Obdachlosigkeit: von Amts wegen gestrichen, Referenzadresse beim ÖSHZ, dann eine Wohnung mit Einrichtungsprämie und Mietkaution.',
    ),
    history: history({
      nationalities: [nationality('150', '1970-01-15')],
      registers: [register('POPULATION', '1970-01-15')],
      residences: [
        livesIn('verviers', '1970-01-15', '2019-06-29'),
        struckOff('2019-06-30', '2021-02-28'),
        livesIn('liege', '2021-03-01'),
      ],
      statuses: [status('BELGIAN', '1970-01-15', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2021, 530),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2021-03-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2021-03-09',
        }),
        form({
          reference: ref('62063', 'ORG', 2023, 511),
          legalBasis: 'ORGANIC',
          formType: 'B',
          declared: span('2023-05-01', '2023-05-01'),
          aid: ['RENT_GUARANTEE'],
          decisionDate: '2023-04-25',
        }),
      ],
      premiums: [
        {
          date: '2023-05-10',
          legalBasis: 'RIS',
          cpas: LIEGE,
          reference: ref('62063', 'PRI', 2023, 31),
        },
      ],
    }),
  }),
  persona({
    key: 'moves-and-registers',
    niss: makeNiss({ year: 1975, month: 5, day: 5, counter: 268 }),
    lastName: 'Mbuyi',
    firstName: 'Grâce',
    teaches: t(
      "Cinq communes et trois registres en douze ans : chaque CPAS n'est compétent que pour sa période de résidence, les périodes recalculées s'arrêtent aux déménagements.",
      'Vijf gemeenten en drie registers in twaalf jaar: elk OCMW is enkel bevoegd voor zijn verblijfsperiode, de herberekende periodes stoppen bij de verhuizingen.',
      'Fünf Gemeinden und drei Register in zwölf Jahren: jedes ÖSHZ ist nur für seinen Wohnzeitraum zuständig, die neu berechneten Zeiträume enden mit den Umzügen.',
    ),
    history: history({
      nationalities: [nationality('306', '1975-05-05')],
      registers: [
        register('WAITING', '2010-03-22', '2013-06-10'),
        register('FOREIGNERS', '2013-06-11', '2018-09-30'),
        register('POPULATION', '2018-10-01'),
      ],
      residences: [
        livesIn('bruxelles', '2010-03-22', '2013-08-31'),
        livesIn('anderlecht', '2013-09-01', '2016-01-31'),
        livesIn('charleroi', '2016-02-01', '2019-06-30'),
        livesIn('namur', '2019-07-01', '2022-02-13'),
        livesIn('liege', '2022-02-14'),
      ],
      inCharge: [
        structureInCharge('C1204', '2010-03-22', '2011-02-28'),
        cpasInCharge(BRUXELLES, '2011-03-01', '2013-06-10'),
      ],
      statuses: [
        status('ASYLUM_SEEKER', '2010-03-22', { end: '2013-06-10', detail: 'APPLICATION_LODGED' }),
        status('REGISTERED_FOREIGNER', '2013-06-11', { end: '2018-09-30', detail: 'CARD_A' }),
        status('REGISTERED_FOREIGNER', '2018-10-01', { detail: 'CARD_B' }),
      ],
      forms: [
        form({
          reference: ref('21001', 'L65', 2013, 907),
          legalBasis: 'LOI65',
          formType: 'B1',
          cpas: ANDERLECHT,
          declared: span('2013-09-01', '2016-01-31'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2013-09-10',
        }),
        form({
          reference: ref('52011', 'RIS', 2016, 344),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: CHARLEROI,
          declared: span('2016-02-01', '2019-06-30'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2016-02-16',
        }),
        form({
          reference: ref('92094', 'RIS', 2019, 1456),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: NAMUR,
          declared: span('2019-07-01', '2022-03-31'),
          recalculated: span('2019-07-01', '2022-02-13'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2019-07-09',
        }),
        form({
          reference: ref('92094', 'RIS', 2022, 402),
          legalBasis: 'RIS',
          formType: 'C',
          cpas: NAMUR,
          declared: span('2022-04-01'),
          decisionDate: '2022-03-22',
        }),
        form({
          reference: ref('62063', 'RIS', 2022, 588),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2022-02-14'),
          aid: ['RIS_FAMILY'],
          decisionDate: '2022-03-15',
        }),
      ],
    }),
  }),
  persona({
    key: 'nationality-change',
    niss: makeNiss({ year: 1983, month: 2, day: 17, counter: 385 }),
    lastName: 'Amrani',
    firstName: 'Youssef',
    teaches: t(
      'Changement de nationalité : Marocain devenu Belge par naturalisation ; le statut et le registre changent le même jour.',
      'Verandering van nationaliteit: Marokkaan die Belg werd door naturalisatie; status en register veranderen op dezelfde dag.',
      'Wechsel der Staatsangehörigkeit: ein Marokkaner, der durch Einbürgerung Belgier wurde; Status und Register ändern sich am selben Tag.',
    ),
    history: history({
      nationalities: [
        nationality('354', '1983-02-17', '2019-10-23'),
        nationality('150', '2019-10-24'),
      ],
      registers: [
        register('FOREIGNERS', '2008-04-01', '2019-10-23'),
        register('POPULATION', '2019-10-24'),
      ],
      residences: [
        livesIn('schaerbeek', '2008-04-01', '2020-08-31'),
        livesIn('liege', '2020-09-01'),
      ],
      statuses: [
        status('REGISTERED_FOREIGNER', '2008-04-01', { end: '2019-10-23', detail: 'CARD_B' }),
        status('BELGIAN', '2019-10-24', { detail: 'NATURALISED' }),
      ],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2024, 1702),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2024-06-01'),
          aid: ['RIS_COHABITANT'],
          decisionDate: '2024-06-04',
        }),
      ],
    }),
  }),
  persona({
    key: 'incomplete-dates',
    niss: makeNiss({ year: 1994, month: 0, day: 0, counter: 167 }),
    lastName: 'Tesfaye',
    firstName: 'Selam',
    teaches: t(
      'Dates incomplètes (aaaa-mm-00, aaaa-00-00) et fins ouvertes écrites 9999-12-31 : date de naissance inconnue, arrivée connue au mois près.',
      'Onvolledige datums (jjjj-mm-00, jjjj-00-00) en open einden geschreven als 9999-12-31: geboortedatum onbekend, aankomst tot op de maand bekend.',
      'Unvollständige Daten (jjjj-mm-00, jjjj-00-00) und offene Enden als 9999-12-31: Geburtsdatum unbekannt, Ankunft auf den Monat genau bekannt.',
    ),
    history: history({
      nationalities: [nationality('349', '1994-00-00', '9999-12-31')],
      registers: [
        register('WAITING', '2016-03-00', '2017-05-00'),
        register('FOREIGNERS', '2017-06-00', '9999-12-31'),
      ],
      residences: [
        livesIn('bruxelles', '2016-03-00', '2016-12-00'),
        livesIn('liege', '2017-01-00', '9999-12-31'),
      ],
      inCharge: [
        structureInCharge('C1204', '2016-03-00', '2016-12-00'),
        structureInCharge('I6206', '2017-01-00', '2017-05-31'),
      ],
      statuses: [
        status('ASYLUM_SEEKER', '2016-03-00', { end: '2017-05-00', detail: 'APPLICATION_LODGED' }),
        status('RECOGNISED_REFUGEE', '2017-06-00', {
          end: '9999-12-31',
          detail: 'CGRS_RECOGNITION',
        }),
      ],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2017, 1322),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2017-06-15'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2017-06-27',
        }),
      ],
    }),
  }),
  persona({
    key: 'ostbelgien',
    niss: makeNiss({ year: 1968, month: 12, day: 9, counter: 310 }),
    lastName: 'Kessler',
    firstName: 'Anna',
    teaches: t(
      "Une personne de la Communauté germanophone : l'ÖSHZ Eupen arrête l'aide au départ vers Liège ; libellés à lire en allemand.",
      'Een persoon uit de Duitstalige Gemeenschap: het ÖSHZ Eupen stopt de hulp bij het vertrek naar Luik; labels om in het Duits te lezen.',
      'Eine Person aus Ostbelgien: das ÖSHZ Eupen stellt die Hilfe beim Umzug nach Lüttich ein; Bezeichnungen auf Deutsch lesen.',
    ),
    history: history({
      nationalities: [nationality('150', '1968-12-09')],
      registers: [register('POPULATION', '1968-12-09')],
      residences: [
        livesIn('sanktVith', '1968-12-09', '2015-03-31'),
        livesIn('eupen', '2015-04-01', '2025-06-30'),
        livesIn('liege', '2025-07-01'),
      ],
      statuses: [status('BELGIAN', '1968-12-09', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('63067', 'RIS', 2013, 41),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: SANKT_VITH,
          declared: span('2013-01-01', '2015-03-31'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2012-12-18',
        }),
        form({
          reference: ref('63023', 'RIS', 2015, 77),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: EUPEN,
          declared: span('2015-04-01'),
          recalculated: span('2015-04-01', '2025-06-30'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2015-04-14',
        }),
        form({
          reference: ref('63023', 'RIS', 2025, 190),
          legalBasis: 'RIS',
          formType: 'C',
          cpas: EUPEN,
          declared: span('2025-07-01'),
          decisionDate: '2025-06-24',
        }),
        form({
          reference: ref('62063', 'RIS', 2025, 1544),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2025-07-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2025-07-08',
        }),
      ],
    }),
  }),
  persona({
    key: 'bis-urgent-medical-aid',
    niss: makeNiss({ year: 1991, month: 7, day: 22, counter: 233, kind: 'bis' }),
    lastName: 'Yildiz',
    firstName: 'Emre',
    teaches: t(
      'Un numéro BIS (registres BCSS) : pas de données du Registre national, aide médicale urgente en loi 65. Social Inquiry accepte le BIS (REG00004 ne concerne que ForeignerSituation).',
      'Een bisnummer (KSZ-registers): geen gegevens uit het Rijksregister, dringende medische hulp onder de wet van 1965. Social Inquiry aanvaardt het bisnummer (REG00004 geldt enkel voor ForeignerSituation).',
      'Eine BIS-Nummer (ZDSS-Register): keine Daten aus dem Nationalregister, dringende medizinische Hilfe nach dem Gesetz von 1965. Social Inquiry akzeptiert die BIS-Nummer (REG00004 betrifft nur ForeignerSituation).',
    ),
    history: history({
      nationalities: [nationality('235', '1991-07-22', undefined, 'BCSS_REGISTER')],
      registers: [register('BIS', '2022-11-03', undefined, 'BCSS_REGISTER')],
      residences: [livesAbroad('235', '1991-07-22', '2022-10-00', 'BCSS_REGISTER')],
      statuses: [status('IRREGULAR_STAY', '2022-11-03', { detail: 'NO_RESIDENCE_DOCUMENT' })],
      forms: [
        form({
          reference: ref('62063', 'L65', 2023, 120),
          legalBasis: 'LOI65',
          formType: 'B2',
          declared: span('2023-02-06', '2023-02-10'),
          aid: ['URGENT_MEDICAL_AID', 'HOSPITAL_COSTS'],
          decisionDate: '2023-02-14',
        }),
        form({
          reference: ref('62063', 'L65', 2023, 121),
          legalBasis: 'LOI65',
          formType: 'D2',
          declared: span('2023-02-06', '2023-02-10'),
          aid: ['URGENT_MEDICAL_AID', 'HOSPITAL_COSTS'],
          entryDate: '2023-03-08',
        }),
        form({
          reference: ref('62063', 'L65', 2024, 733),
          legalBasis: 'LOI65',
          formType: 'B2',
          declared: span('2024-05-13', '2024-05-31'),
          aid: ['URGENT_MEDICAL_AID', 'PHARMACEUTICAL_COSTS'],
          decisionDate: '2024-06-04',
        }),
      ],
    }),
  }),
  persona({
    key: 'heavy-history',
    niss: makeNiss({ year: 1960, month: 3, day: 14, counter: 95 }),
    lastName: 'Delvaux',
    firstName: 'Marc',
    teaches: t(
      "Trente ans d'historique (plus de 2 000 périodes) : pour vérifier que l'écran, l'export et le rapport tiennent la charge.",
      'Dertig jaar historiek (meer dan 2 000 periodes): om na te gaan of het scherm, de export en het rapport de last aankunnen.',
      'Dreißig Jahre Verlauf (über 2 000 Zeiträume): um zu prüfen, ob Anzeige, Export und Bericht die Last tragen.',
    ),
    history: heavyHistory(),
  }),
  persona({
    key: 'replaced-niss',
    foreigner: {
      employmentCards: [],
      workPermits: [{ number: 'WP-2020-3140', inception: '2020-05-00', expiry: '2021-04-30' }],
      specialInfos: [
        { inception: '2020-02-11', reason: '01000300', comment: 'Études supérieures' },
      ],
    },
    niss: MUKENDI_OLD_BIS,
    lastName: 'Mukendi',
    firstName: 'Josiane',
    teaches: t(
      'Un NISS remplacé : le numéro BIS demandé a été remplacé par un numéro du Registre national ; la réponse porte le NISS final (information newSSIN).',
      'Een vervangen INSZ: het gevraagde bisnummer werd vervangen door een rijksregisternummer; het antwoord draagt het definitieve INSZ (informatie newSSIN).',
      'Eine ersetzte INSZ: die angefragte BIS-Nummer wurde durch eine Nationalregisternummer ersetzt; die Antwort trägt die endgültige INSZ (Information newSSIN).',
    ),
    registerState: { kind: 'replaced', by: MUKENDI_FINAL, date: '2020-02-11' },
    history: history({
      nationalities: [nationality('306', '1979-08-25')],
      registers: [
        register('BIS', '2017-05-00', '2020-02-10', 'BCSS_REGISTER'),
        register('FOREIGNERS', '2020-02-11'),
      ],
      residences: [livesIn('liege', '2020-02-11')],
      statuses: [
        status('IRREGULAR_STAY', '2017-05-00', {
          end: '2020-02-10',
          detail: 'NO_RESIDENCE_DOCUMENT',
        }),
        status('REGISTERED_FOREIGNER', '2020-02-11', { detail: 'CARD_A' }),
      ],
      forms: [
        form({
          reference: ref('62063', 'L65', 2019, 88),
          legalBasis: 'LOI65',
          formType: 'B2',
          declared: span('2019-03-04', '2019-03-04'),
          aid: ['URGENT_MEDICAL_AID'],
          decisionDate: '2019-03-12',
        }),
        form({
          reference: ref('62063', 'L65', 2020, 301),
          legalBasis: 'LOI65',
          formType: 'B1',
          declared: span('2020-03-01'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2020-03-03',
        }),
      ],
    }),
  }),
  persona({
    key: 'cancelled-niss',
    niss: makeNiss({ year: 1972, month: 4, day: 4, counter: 201 }),
    lastName: 'Masson',
    firstName: 'Pierre',
    teaches: t(
      'Un NISS annulé (MSG00007) : le numéro ne vaut plus rien, il faut identifier la personne à nouveau.',
      'Een geannuleerd INSZ (MSG00007): het nummer is niet meer geldig, de persoon moet opnieuw geïdentificeerd worden.',
      'Eine annullierte INSZ (MSG00007): die Nummer gilt nicht mehr, die Person muss neu identifiziert werden.',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00007' },
    registerState: { kind: 'cancelled', date: '2021-05-17' },
    history: null,
  }),
  persona({
    key: 'deceased',
    niss: makeNiss({ year: 1941, month: 1, day: 30, counter: 33 }),
    lastName: 'Wauters',
    firstName: 'Georges',
    teaches: t(
      'Une personne décédée (MSG00009) : pas de données, la date de décès arrive dans le champ deceiseDate.',
      'Een overleden persoon (MSG00009): geen gegevens, de overlijdensdatum komt in het veld deceiseDate.',
      'Eine verstorbene Person (MSG00009): keine Daten, das Sterbedatum kommt im Feld deceiseDate.',
    ),
    expected: { value: 'NO_DATA_FOUND', code: 'MSG00009' },
    registerState: { kind: 'deceased', date: '2025-08-14' },
    history: null,
  }),
  persona({
    key: 'unknown-niss',
    niss: makeNiss({ year: 1990, month: 10, day: 10, counter: 512 }),
    lastName: 'Ferrand',
    firstName: 'Lucie',
    teaches: t(
      'Un NISS valide mais inconnu des registres (MSG00005) : vérifier le numéro ou identifier la personne autrement.',
      'Een geldig maar in de registers onbekend INSZ (MSG00005): het nummer nakijken of de persoon anders identificeren.',
      'Eine gültige, aber in den Registern unbekannte INSZ (MSG00005): die Nummer prüfen oder die Person anders identifizieren.',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00005' },
    registerState: { kind: 'absent' },
    integratedFor: [],
    history: null,
  }),
  persona({
    key: 'not-integrated',
    niss: makeNiss({ year: 1982, month: 6, day: 6, counter: 117 }),
    lastName: 'Jacobs',
    firstName: 'Olivier',
    teaches: t(
      "Une personne non intégrée pour ce CPAS (MSG00012) : l'inscrire d'abord au répertoire (ManageAccess).",
      'Een persoon die niet geïntegreerd is voor dit OCMW (MSG00012): eerst inschrijven in het repertorium (ManageAccess).',
      'Eine für dieses ÖSHZ nicht integrierte Person (MSG00012): zuerst im Verzeichnis eintragen (ManageAccess).',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00012' },
    integratedFor: [BRUXELLES],
    history: history({
      nationalities: [nationality('150', '1982-06-06')],
      registers: [register('POPULATION', '1982-06-06')],
      residences: [livesIn('bruxelles', '1982-06-06')],
      statuses: [status('BELGIAN', '1982-06-06', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('21004', 'RIS', 2023, 3305),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: BRUXELLES,
          declared: span('2023-05-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2023-04-18',
        }),
      ],
    }),
  }),
  persona({
    key: 'no-data',
    niss: makeNiss({ year: 1998, month: 2, day: 2, counter: 252 }),
    lastName: 'Hubert',
    firstName: 'Céline',
    teaches: t(
      "Aucune donnée chez SPP IS (MSG00100) : la personne existe et est intégrée, mais n'a ni statut ni formulaire connus.",
      'Geen gegevens bij de POD MI (MSG00100): de persoon bestaat en is geïntegreerd, maar heeft geen gekende status of formulieren.',
      'Keine Daten beim ÖPD SI (MSG00100): die Person existiert und ist integriert, hat aber keinen bekannten Status und keine Formulare.',
    ),
    expected: { value: 'NO_DATA_FOUND', code: 'MSG00100' },
    history: emptyHistory(),
  }),
  persona({
    key: 'legal-context-refused',
    niss: makeNiss({ year: 1966, month: 11, day: 11, counter: 145 }),
    lastName: 'Collin',
    firstName: 'Bernard',
    teaches: t(
      'Contexte légal refusé (MSG00013) : la démo force ce code pour cette personne ; en vrai, tout contexte autre que PCSA:SOCIAL_INQUIRY le produit.',
      'Geweigerde juridische context (MSG00013): de demo forceert deze code voor deze persoon; in werkelijkheid geeft elke andere context dan PCSA:SOCIAL_INQUIRY hem.',
      'Abgelehnter rechtlicher Kontext (MSG00013): die Demo erzwingt diesen Code für diese Person; tatsächlich erzeugt ihn jeder andere Kontext als PCSA:SOCIAL_INQUIRY.',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00013' },
    simulate: 'MSG00013',
    trigger: 'legalContext other than PCSA:SOCIAL_INQUIRY',
    history: history({
      nationalities: [nationality('150', '1966-11-11')],
      registers: [register('POPULATION', '1966-11-11')],
      residences: [livesIn('liege', '1966-11-11')],
      statuses: [status('BELGIAN', '1966-11-11', { detail: 'BELGIAN_BY_BIRTH' })],
    }),
  }),
  persona({
    key: 'cbe-mismatch',
    niss: makeNiss({ year: 1977, month: 7, day: 7, counter: 78 }),
    lastName: 'Simon',
    firstName: 'Valérie',
    teaches: t(
      'Identification refusée (MSG00014) : la démo force ce code ; en vrai, le numéro BCE de la requête ne correspond pas au certificat du CPAS.',
      'Identificatie geweigerd (MSG00014): de demo forceert deze code; in werkelijkheid komt het KBO-nummer van de aanvraag niet overeen met het certificaat van het OCMW.',
      'Identifizierung abgelehnt (MSG00014): die Demo erzwingt diesen Code; tatsächlich stimmt die ZDU-Nummer der Anfrage nicht mit dem Zertifikat des ÖSHZ überein.',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00014' },
    simulate: 'MSG00014',
    trigger: "customerIdentification/cbeNumber differs from the client certificate's CBE",
    history: history({
      nationalities: [nationality('150', '1977-07-07')],
      registers: [register('POPULATION', '1977-07-07')],
      residences: [livesIn('liege', '1977-07-07')],
      statuses: [status('BELGIAN', '1977-07-07', { detail: 'BELGIAN_BY_BIRTH' })],
    }),
  }),
  persona({
    key: 'invalid-request-data',
    niss: makeNiss({ year: 1995, month: 5, day: 15, counter: 305 }),
    lastName: 'Renard',
    firstName: 'Dimitri',
    teaches: t(
      'Données de requête invalides (MSG00008) : la démo force ce code ; en vrai, une période dont le début suit la fin le produit.',
      'Ongeldige gegevens in de aanvraag (MSG00008): de demo forceert deze code; in werkelijkheid geeft een periode waarvan het begin na het einde valt hem.',
      'Ungültige Daten in der Anfrage (MSG00008): die Demo erzwingt diesen Code; tatsächlich erzeugt ihn ein Zeitraum, dessen Beginn nach dem Ende liegt.',
    ),
    expected: { value: 'NO_RESULT', code: 'MSG00008' },
    simulate: 'MSG00008',
    trigger: 'period/beginDate after period/endDate',
    history: history({
      nationalities: [nationality('150', '1995-05-15')],
      registers: [register('POPULATION', '1995-05-15')],
      residences: [livesIn('liege', '1995-05-15')],
      statuses: [status('BELGIAN', '1995-05-15', { detail: 'BELGIAN_BY_BIRTH' })],
    }),
  }),
  persona({
    key: 'reception-centre-in-charge',
    niss: makeNiss({ year: 2000, month: 1, day: 20, counter: 62 }),
    lastName: 'Bah',
    firstName: 'Aminata',
    teaches: t(
      "Un centre d'accueil est toujours en charge (TI 207) : le CPAS n'est pas compétent, sa décision loi 65 n'a aucune période recalculée.",
      'Een opvangcentrum is nog steeds verantwoordelijk (IT 207): het OCMW is niet bevoegd, zijn beslissing onder de wet van 1965 heeft geen herberekende periode.',
      'Ein Aufnahmezentrum ist weiterhin zuständig (IT 207): das ÖSHZ ist nicht zuständig, sein Beschluss nach dem Gesetz von 1965 hat keinen neu berechneten Zeitraum.',
    ),
    history: history({
      nationalities: [nationality('334', '2000-01-20')],
      registers: [register('WAITING', '2024-06-03')],
      residences: [livesIn('mons', '2024-06-03', '2025-08-31'), livesIn('liege', '2025-09-01')],
      inCharge: [structureInCharge('C1201', '2024-06-03')],
      statuses: [
        status('ASYLUM_SEEKER', '2024-06-03', { end: '2025-04-14', detail: 'APPLICATION_LODGED' }),
        status('ASYLUM_SEEKER', '2025-04-15', { detail: 'CGRS_REFUSAL' }),
      ],
      forms: [
        form({
          reference: ref('62063', 'L65', 2025, 930),
          legalBasis: 'LOI65',
          formType: 'B1',
          declared: span('2025-09-01'),
          recalculated: null,
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2025-09-16',
        }),
      ],
    }),
  }),
  persona({
    key: 'temporary-protection',
    niss: makeNiss({ year: 1990, month: 3, day: 8, counter: 226 }),
    lastName: 'Kovalenko',
    firstName: 'Oksana',
    teaches: t(
      "Protection temporaire (Ukraine) : attestation de l'Office des étrangers, inscription au registre des étrangers, aide équivalente au RIS.",
      'Tijdelijke bescherming (Oekraïne): attest van de Dienst Vreemdelingenzaken, inschrijving in het vreemdelingenregister, equivalent leefloon.',
      'Vorübergehender Schutz (Ukraine): Bescheinigung des Ausländeramts, Eintragung ins Fremdenregister, dem EE gleichwertige Hilfe.',
    ),
    history: history({
      nationalities: [nationality('155', '1990-03-08')],
      registers: [register('FOREIGNERS', '2022-03-21')],
      residences: [livesIn('liege', '2022-04-01')],
      statuses: [
        status('TEMPORARY_PROTECTION', '2022-03-21', { detail: 'TEMPORARY_PROTECTION_CERT' }),
      ],
      forms: [
        form({
          reference: ref('62063', 'L65', 2022, 1402),
          legalBasis: 'LOI65',
          formType: 'B1',
          declared: span('2022-04-01'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2022-04-12',
        }),
      ],
    }),
  }),
  persona({
    key: 'overlap-between-cpas',
    niss: makeNiss({ year: 1986, month: 2, day: 11, counter: 523 }),
    lastName: 'Lemaire',
    firstName: 'Julie',
    teaches: t(
      "Deux CPAS paient le RIS en même temps : Bruxelles n'a pas arrêté son aide au déménagement, Liège en a ouvert une ; le contrôle des chevauchements du SPP IS n'a pas encore bloqué l'un des deux.",
      'Twee OCMW’s betalen tegelijk leefloon: Brussel heeft zijn hulp bij de verhuizing niet stopgezet, Luik heeft er een geopend; de overlappingscontrole van de POD MI heeft nog geen van beide geblokkeerd.',
      'Zwei ÖSHZ zahlen gleichzeitig EE: Brüssel hat seine Hilfe beim Umzug nicht eingestellt, Lüttich hat eine eröffnet; die Überschneidungskontrolle des ÖPD SI hat noch keine von beiden gesperrt.',
    ),
    history: history({
      nationalities: [nationality('150', '1986-02-11')],
      registers: [register('POPULATION', '1986-02-11')],
      residences: [
        livesIn('bruxelles', '2015-03-01', '2024-08-31'),
        livesIn('liege', '2024-09-01'),
      ],
      forms: [
        form({
          reference: ref('21004', 'RIS', 2023, 118),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: BRUXELLES,
          declared: span('2023-01-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2022-12-20',
        }),
        form({
          reference: ref('62063', 'RIS', 2024, 1733),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2024-09-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2024-09-10',
        }),
      ],
      piis: [
        {
          begin: '2023-02-01',
          kind: 'SOCIAL',
          cpas: BRUXELLES,
          reference: ref('21004', 'PIIS', 2023, 40),
          decisionDate: '2023-01-25',
        },
        {
          begin: '2024-10-01',
          kind: 'SOCIAL',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2024, 388),
          decisionDate: '2024-09-24',
        },
      ],
    }),
  }),
  persona({
    key: 'ris-asylum-seeker',
    niss: makeNiss({ year: 1992, month: 11, day: 27, counter: 611 }),
    lastName: 'Nazari',
    firstName: 'Farid',
    teaches: t(
      "Un RIS accordé à un demandeur d'asile : le statut n'ouvre pas le droit au revenu d'intégration (aide sociale en loi 65 seulement), le SPP IS refusera le remboursement.",
      'Een leefloon toegekend aan een asielzoeker: het statuut opent geen recht op leefloon (enkel maatschappelijke hulp onder de wet van 1965), de POD MI zal de terugbetaling weigeren.',
      'Ein EE für einen Asylbewerber: der Status eröffnet kein Recht auf Eingliederungseinkommen (nur Sozialhilfe nach dem Gesetz von 1965), der ÖPD SI wird die Erstattung ablehnen.',
    ),
    history: history({
      nationalities: [nationality('237', '1992-11-27')],
      registers: [register('WAITING', '2024-02-12')],
      residences: [livesIn('liege', '2024-02-12')],
      inCharge: [cpasInCharge(LIEGE, '2024-02-12')],
      statuses: [status('ASYLUM_SEEKER', '2024-02-12', { detail: 'APPLICATION_LODGED' })],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2024, 455),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2024-03-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2024-02-27',
        }),
      ],
      piis: [
        {
          begin: '2024-04-01',
          kind: 'SOCIAL',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2024, 260),
          decisionDate: '2024-03-26',
        },
      ],
    }),
  }),
  persona({
    key: 'piis-missing',
    niss: makeNiss({ year: 1996, month: 6, day: 21, counter: 143 }),
    lastName: 'Gilson',
    firstName: 'Noémie',
    teaches: t(
      'Un RIS sans PIIS : le CPAS de Liège paie depuis janvier 2025, ses demandes mensuelles sont dans la décision, mais aucun PIIS n’a été conclu dans les trois mois.',
      'Een leefloon zonder GPMI: het OCMW Luik betaalt sinds januari 2025, zijn maandelijkse aanvragen vallen onder de beslissing, maar binnen drie maanden werd geen GPMI gesloten.',
      'Ein EE ohne IPSE: das ÖSHZ Lüttich zahlt seit Januar 2025, seine monatlichen Anträge gehören zum Beschluss, aber binnen drei Monaten wurde kein IPSE geschlossen.',
    ),
    history: history({
      nationalities: [nationality('150', '1996-06-21')],
      registers: [register('POPULATION', '1996-06-21')],
      residences: [livesIn('liege', '2018-09-01')],
      statuses: [status('BELGIAN', '1996-06-21', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        form({
          reference: ref('62063', 'RIS', 2025, 21),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2025-01-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2024-12-18',
        }),
        ...(['01', '02', '03', '04'] as const).map((month, i) =>
          form({
            reference: ref('62063', 'RIS', 2025, 160 + i),
            legalBasis: 'RIS',
            formType: 'D',
            declared: span(`2025-${month}-01`, endOfMonth(`2025-${month}-01`)),
            aid: ['RIS_ISOLATED'],
          }),
        ),
      ],
    }),
  }),
  persona({
    key: 'competence-gap',
    niss: makeNiss({ year: 1994, month: 8, day: 2, counter: 377 }),
    lastName: 'Osei',
    firstName: 'Kwame',
    teaches: t(
      'Un trou dans la compétence : le centre d’accueil cesse d’être en charge fin janvier 2024, le CPAS de Liège ne l’est qu’à partir d’avril (TI 207) ; deux mois sans personne en charge.',
      'Een gat in de bevoegdheid: het opvangcentrum is eind januari 2024 niet meer verantwoordelijk, het OCMW Luik pas vanaf april (IT 207); twee maanden zonder bevoegde.',
      'Eine Zuständigkeitslücke: das Aufnahmezentrum ist Ende Januar 2024 nicht mehr zuständig, das ÖSHZ Lüttich erst ab April (IT 207); zwei Monate ohne Zuständigen.',
    ),
    history: history({
      nationalities: [nationality('237', '1994-08-02')],
      registers: [register('WAITING', '2023-05-02')],
      residences: [livesIn('mons', '2023-05-02', '2024-03-31'), livesIn('liege', '2024-04-01')],
      inCharge: [
        structureInCharge('C1202', '2023-05-02', '2024-01-31'),
        cpasInCharge(LIEGE, '2024-04-01'),
      ],
      statuses: [status('ASYLUM_SEEKER', '2023-05-02', { detail: 'APPLICATION_LODGED' })],
      forms: [
        form({
          reference: ref('62063', 'L65', 2024, 301),
          legalBasis: 'LOI65',
          formType: 'B1',
          declared: span('2024-04-01'),
          aid: ['EQUIVALENT_RIS'],
          decisionDate: '2024-04-09',
        }),
      ],
    }),
  }),
  persona({
    key: 'move-takeover',
    niss: makeNiss({ year: 1988, month: 10, day: 5, counter: 259 }),
    lastName: 'Legrand',
    firstName: 'Sophie',
    teaches: t(
      'Un déménagement de Namur à Liège : Namur arrête son RIS un mois après le départ, Liège reprend et son formulaire est bloqué pour ce mois de chevauchement. Interrogée sur 2024 puis sur 2024-2025, la comparaison montre l’aide de Namur terminée et celle de Liège ajoutée.',
      'Een verhuizing van Namen naar Luik: Namen stopt zijn leefloon een maand na het vertrek, Luik neemt over en zijn formulier wordt voor die overlappende maand geblokkeerd. Eerst over 2024 en dan over 2024-2025 bevraagd, toont de vergelijking de beëindigde hulp van Namen en de toegevoegde van Luik.',
      'Ein Umzug von Namur nach Lüttich: Namur stellt sein EE einen Monat nach dem Wegzug ein, Lüttich übernimmt und sein Formular wird für diesen überschneidenden Monat gesperrt. Zuerst für 2024, dann für 2024-2025 abgefragt, zeigt der Vergleich die beendete Hilfe von Namur und die hinzugefügte von Lüttich.',
    ),
    history: history({
      nationalities: [nationality('150', '1988-10-05')],
      registers: [register('POPULATION', '1988-10-05')],
      residences: [livesIn('namur', '2019-06-01', '2025-02-28'), livesIn('liege', '2025-03-01')],
      statuses: [status('BELGIAN', '1988-10-05', { detail: 'BELGIAN_BY_BIRTH' })],
      forms: [
        // Namur decides, claims month by month, and stops a month after the move.
        form({
          reference: ref('92094', 'RIS', 2022, 310),
          legalBasis: 'RIS',
          formType: 'B',
          cpas: NAMUR,
          declared: span('2022-05-01'),
          aid: ['RIS_ISOLATED'],
          decisionDate: '2022-04-20',
        }),
        ...(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01'] as const).map(
          (month, i) =>
            form({
              reference: ref('92094', 'RIS', Number(month.slice(0, 4)), 900 + i),
              legalBasis: 'RIS',
              formType: 'D',
              cpas: NAMUR,
              declared: span(month, endOfMonth(month)),
              aid: ['RIS_ISOLATED'],
            }),
        ),
        form({
          reference: ref('92094', 'RIS', 2025, 77),
          legalBasis: 'RIS',
          formType: 'C',
          cpas: NAMUR,
          declared: span('2025-04-01', '2025-04-01'),
          decisionDate: '2025-03-28',
        }),
        // Liège takes over from the move: SPP IS blocks the month Namur still paid and retains from April.
        form({
          reference: ref('62063', 'RIS', 2025, 412),
          legalBasis: 'RIS',
          formType: 'B',
          declared: span('2025-03-01'),
          recalculated: span('2025-04-01'),
          aid: ['RIS_ISOLATED'],
          blocked: { reason: 'OVERLAP', otherCpas: NAMUR },
          decisionDate: '2025-03-12',
        }),
        ...(['2025-04-01', '2025-05-01'] as const).map((month, i) =>
          form({
            reference: ref('62063', 'RIS', 2025, 530 + i),
            legalBasis: 'RIS',
            formType: 'D',
            declared: span(month, endOfMonth(month)),
            aid: ['RIS_ISOLATED'],
          }),
        ),
      ],
      piis: [
        {
          begin: '2022-06-01',
          end: '2025-03-31',
          kind: 'SOCIAL',
          cpas: NAMUR,
          reference: ref('92094', 'PIIS', 2022, 55),
          decisionDate: '2022-05-25',
        },
        {
          begin: '2025-05-01',
          kind: 'EMPLOYMENT',
          cpas: LIEGE,
          reference: ref('62063', 'PIIS', 2025, 97),
          decisionDate: '2025-04-24',
        },
      ],
    }),
  }),
];

/** The persona with this key (a programming error if there is none: keys are fixed). */
export function demoPersona(key: string): Persona {
  const found = DEMO_PERSONAS.find((p) => p.key === key);
  if (!found) throw new Error(`no demo persona "${key}"`);
  return found;
}
