// French texts of the main navigation.
export const nav = {
  label: 'Navigation principale',
  newInquiry: 'Nouvelle enquête',
  saved: 'Enquêtes enregistrées',
  audit: 'Journal d’audit',
} as const;
