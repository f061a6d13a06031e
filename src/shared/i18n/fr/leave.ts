// French texts of leaving while an inquiry runs (another screen, reload, closing the window).
export const leave = {
  title: 'Une enquête est en cours',
  screen:
    'Si vous quittez cet écran, l’enquête continue : son résultat vous attendra sous « Nouvelle enquête ».',
  window:
    'Si vous fermez ou rechargez la fenêtre maintenant, l’enquête en cours est perdue. Le NISS et la période saisis restent dans le formulaire.',
  go: 'Quitter l’écran',
  close: 'Quitter quand même',
  stay: 'Rester',
  escapeHint: 'Échap annule l’enquête.',
} as const;
