// French texts of confirmation dialogs.
export const confirm = {
  cancel: 'Annuler',
} as const;
