// French texts of an inquiry in progress.
export const progress = {
  title: 'Enquête en cours',
  cancelling: 'Annulation…',
  budgetLeft:
    'Encore au plus {{seconds}} s pour cet appel (sur {{total}} s, tentatives comprises).',
} as const;
