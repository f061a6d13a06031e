// French texts of an inquiry in progress.
export const progress = {
  title: 'Enquête en cours',
  cancelling: 'Annulation…',
} as const;
