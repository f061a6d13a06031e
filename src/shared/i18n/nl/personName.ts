// Dutch texts of the optional person's name of an inquiry.
import type { Catalogue } from '../catalogue';

export const personName: Catalogue['personName'] = {
  label: 'Naam van de persoon (optioneel)',
  placeholder: 'NAAM Voornaam',
  help: 'Om dit onderzoek later terug te vinden bij de bewaarde onderzoeken. De naam blijft op deze werkpost: hij wordt niet naar de KSZ gestuurd.',
};
