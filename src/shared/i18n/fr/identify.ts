// French texts of finding a NISS by name (IdentifyPerson).
export const identify = {
  open: 'Rechercher un NISS',
  close: 'Fermer la recherche',
  title: 'Rechercher une personne par son nom',
  intro:
    'Recherche phonétique au registre (IdentifyPerson) : les orthographes voisines sont trouvées aussi.',
  lastName: 'Nom',
  firstName: 'Prénom (facultatif)',
  birthDate: 'Date de naissance',
  birthDateHelp: 'jj/mm/aaaa, mm/aaaa ou aaaa',
  tolerance: 'Tolérance sur la date',
  toleranceHelp:
    'Écart admis, dans l’unité de la date : années pour aaaa, mois pour mm/aaaa, jours pour une date complète.',
  sex: 'Sexe',
  sexAny: 'Indifférent',
  sexM: 'Homme',
  sexF: 'Femme',
  search: 'Rechercher',
  searching: 'Recherche…',
  results: '{{count}} personne(s) trouvée(s)',
  none: 'Aucune personne ne correspond à ces critères.',
  mayHaveMore: 'Le nombre maximal de réponses est atteint : précisez la recherche.',
  columns: {
    name: 'Nom et prénoms',
    birthDate: 'Naissance',
    sex: 'Sexe',
    municipality: 'Commune',
    niss: 'NISS',
    choose: 'Choix',
  },
  choose: 'Choisir',
  abroad: 'hors de Belgique ou inconnue',
  error: {
    criteria: 'Critères de recherche invalides : un nom et une date de naissance sont nécessaires.',
    birthDate: 'Date attendue : jj/mm/aaaa, mm/aaaa ou aaaa.',
  },
} as const;
