// Dutch texts of the app's name and tagline.
import type { Catalogue } from '../catalogue';

export const app: Catalogue['app'] = {
  name: 'Inquiry Desk',
  tagline: 'Sociaal onderzoek via de KSZ voor OCMW’s',
};
