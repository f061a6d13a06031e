// German texts of the vault's failures.
import type { Catalogue } from '../catalogue';

export const vault: Catalogue['vault'] = {
  error: {
    locked:
      'Der verschlüsselte Tresor kann nicht geöffnet werden ({{reason}}): Es wird nichts gespeichert und kein Aufruf der ZDSS gemacht, denn jeder Aufruf muss protokolliert werden.',
    damaged:
      'Die Datei {{file}} ist beschädigt (Integritätsprüfung fehlgeschlagen): Sie kann nicht geöffnet werden. Die anderen Untersuchungen sind nicht betroffen.',
    full: 'Der Datenträger ist voll: Die Untersuchung konnte nicht gespeichert werden. Nichts bereits Gespeichertes ging verloren; schaffen Sie Platz und versuchen Sie es erneut.',
    notFound: 'Diese gespeicherte Untersuchung existiert nicht mehr (gelöscht oder bereinigt).',
  },
};
