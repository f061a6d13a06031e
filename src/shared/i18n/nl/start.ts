// Dutch texts of the start screen of a new inquiry.
import type { Catalogue } from '../catalogue';

export const start: Catalogue['start'] = {
  title: 'Nieuw sociaal onderzoek',
  intro: 'Vul het INSZ van de persoon in en de periode waarop het onderzoek betrekking heeft.',
  submit: 'Onderzoek starten',
  submitDisabled: 'Vul een geldig INSZ en een correcte periode in om het onderzoek te starten.',
};
