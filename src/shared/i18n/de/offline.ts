// German texts of a saved inquiry opened offline.
import type { Catalogue } from '../catalogue';

export const offline: Catalogue['offline'] = {
  label: 'Offline-Kopie',
  consulted: 'Offline-Kopie: Untersuchung bei der ZDSS abgefragt am {{date}} um {{time}}.',
  stale:
    'Die Daten können sich seitdem geändert haben. Starten Sie die Untersuchung erneut, um eine aktuelle Antwort der ZDSS zu erhalten.',
  rerun: 'Erneut abfragen',
  rerunBusy: 'Es läuft bereits eine Untersuchung: Warten Sie, bis sie beendet ist.',
  back: 'Gespeicherte Untersuchungen',
};
