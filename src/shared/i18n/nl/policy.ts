// Dutch texts of the machine's policy file (CPAS IT).
export const policy = {
  locked:
    'Deze instelling is vastgelegd door de informaticadienst van het OCMW (beleidsbestand) en kan hier niet worden gewijzigd.',
  managed: 'Instellingen vastgelegd door de informaticadienst: {{settings}}.',
  invalid:
    'Het beleidsbestand {{path}} is ongeldig en werd volledig genegeerd. Meld het aan de informaticadienst.',
  settings: {
    organisation: 'organisatie',
    environments: 'omgevingen en adressen',
    proxy: 'proxyserver',
    trust: 'vastgepinde instanties en certificaten',
    retention: 'bewaartermijn',
  },
} as const;
