// French catalogue: the reference every other catalogue must match key for key.
import { foreignerFr } from './foreigner.fr';
import { inquiryFr } from './inquiry.fr';
import { resultFr } from './result.fr';
import { personFr } from './person.fr';
import { screensFr } from './screens.fr';
import { settingsFr } from './settings.fr';
import { vaultFr } from './vault.fr';
import { reportFr } from './report.fr';
import { extractFr } from './extract.fr';

export const fr = {
  ...foreignerFr,
  ...inquiryFr,
  ...resultFr,
  ...personFr,
  ...screensFr,
  ...settingsFr,
  ...vaultFr,
  ...reportFr,
  ...extractFr,
  app: {
    name: 'Inquiry Desk',
    tagline: 'Enquête sociale BCSS pour les CPAS',
  },
  environment: {
    demo: 'Démonstration : données fictives, aucun appel à la BCSS réelle',
    test: 'Environnement de test de la BCSS',
    acceptance: "Environnement d'acceptation de la BCSS",
    production: 'Production : données réelles',
  },
  host: {
    electron: 'Application de bureau',
    browser: 'Navigateur (hôte local)',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    nl: 'Nederlands',
    de: 'Deutsch',
  },
  start: {
    title: 'Nouvelle enquête sociale',
    intro: "Saisissez le NISS de la personne et la période sur laquelle porte l'enquête.",
    submit: "Lancer l'enquête",
    submitDisabled: 'Complétez un NISS valide et une période correcte pour lancer l’enquête.',
  },
  niss: {
    label: 'NISS',
    placeholder: 'AA.MM.JJ-NNN.CC',
    help: 'Numéro de registre national ou numéro BIS, 11 chiffres.',
    kind: {
      national: 'Numéro de registre national',
      bis: 'Numéro BIS (registre de la BCSS)',
    },
    valid: 'NISS valide',
    sex: {
      M: 'homme',
      F: 'femme',
      unknown: 'sexe inconnu',
    },
    birth: {
      full: 'né(e) le {{date}}',
      month: 'né(e) en {{month}}/{{year}} (jour inconnu)',
      year: 'né(e) en {{year}} (mois et jour inconnus)',
      unknown: 'date de naissance inconnue',
    },
    invalid: {
      format: 'Seuls des chiffres et les séparateurs « . », « - » et espaces sont admis.',
      length: 'Un NISS compte 11 chiffres : {{count}} saisi(s).',
      checksum: 'Les chiffres de contrôle ne correspondent pas : vérifiez le numéro.',
      date: 'La date de naissance contenue dans le numéro est impossible.',
    },
  },
  period: {
    legend: 'Période de l’enquête',
    from: 'Du',
    to: 'Au',
    presets: 'Périodes rapides',
    datePlaceholder: 'jj/mm/aaaa',
    preset: {
      last3Months: '3 derniers mois',
      last12Months: '12 derniers mois',
      currentYear: 'Année en cours',
      previousYear: 'Année précédente',
      last5Years: '5 dernières années',
    },
    invalid: {
      empty: 'Indiquez une date de début et une date de fin.',
      date: 'Cette date n’existe pas.',
      inverted: 'La date de fin précède la date de début.',
    },
    summary: '{{days}} jour(s)',
  },
  errors: {
    invalidInput: 'La demande contient des données invalides.',
    unknownMethod: 'Opération inconnue : {{method}}.',
    unauthorized: "Accès refusé : rechargez l'application depuis le lien fourni au démarrage.",
    forbiddenOrigin: 'Requête refusée : elle ne provient pas de l’application.',
    internal:
      'Erreur interne inattendue. Réessayez ; si le problème persiste, contactez le support.',
    hostUnreachable: "L'application ne répond plus. Redémarrez Inquiry Desk.",
    demoUnavailable:
      'L’environnement de démonstration n’est pas installé avec cette copie de l’application : choisissez l’environnement de test, d’acceptation ou de production dans les paramètres.',
  },
} as const;
