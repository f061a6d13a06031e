// German texts of the machine's policy file (CPAS IT).
export const policy = {
  locked:
    'Diese Einstellung wird vom IT-Dienst des ÖSHZ festgelegt (Richtliniendatei) und kann hier nicht geändert werden.',
  managed: 'Vom IT-Dienst festgelegte Einstellungen: {{settings}}.',
  invalid:
    'Die Richtliniendatei {{path}} ist ungültig und wurde vollständig ignoriert. Melden Sie dies dem IT-Dienst.',
  settings: {
    organisation: 'Organisation',
    environments: 'Umgebungen und Adressen',
    proxy: 'Proxy',
    trust: 'festgelegte Stellen und Zertifikate',
    retention: 'Aufbewahrungsdauer',
  },
} as const;
