// French texts of the start screen of a new inquiry.
export const start = {
  title: 'Nouvelle enquête sociale',
  intro: "Saisissez le NISS de la personne et la période sur laquelle porte l'enquête.",
  submit: "Lancer l'enquête",
  submitDisabled: 'Complétez un NISS valide et une période correcte pour lancer l’enquête.',
} as const;
