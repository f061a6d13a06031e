// German texts of why the vault is locked.
import type { Catalogue } from '../catalogue';

export const vaultLock: Catalogue['vaultLock'] = {
  'encryption-unavailable': 'die Verschlüsselung des Systems ist nicht verfügbar',
  'insecure-backend': 'der Schlüsselbund des Systems bietet keinen sicheren Schutz',
  'backend-changed': 'der Systemschutz hat sich geändert, seit der Tresor angelegt wurde',
  'box-changed': 'der Tresor wurde mit einem anderen Schutzmodus angelegt',
  'key-missing': 'der Schlüssel des Tresors fehlt, obwohl Daten vorhanden sind',
  'key-unreadable': 'der Schlüssel des Tresors ist unlesbar',
  'key-file-exposed': 'die Schlüsseldatei ist für andere Benutzer lesbar',
};
