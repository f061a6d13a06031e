// Dutch texts of the first-run panel: the investigator's name and the OCMW, asked once.
import type { Catalogue } from '../catalogue';

export const firstRun: Catalogue['firstRun'] = {
  title: 'Eerste gebruik: wie voert het onderzoek, voor welk OCMW?',
  intro:
    'Uw naam en uw OCMW staan op elk verslag en in het logboek van de raadplegingen. De KSZ vraagt bij elke oproep ook uw INSZ en uw e-mailadres. U kunt ze wijzigen in de instellingen.',
  demoIntro:
    'Demonstratieomgeving: u kunt deze stap overslaan, de verslagen vermelden dan ‘niet ingevuld’.',
  open: 'Mijn naam en mijn OCMW invullen',
  skip: 'Overslaan (demonstratie)',
  saved: 'Genoteerd: uw naam en uw OCMW komen op de verslagen.',
};
