// French texts of the language switch.
export const language = {
  label: 'Langue',
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
} as const;
