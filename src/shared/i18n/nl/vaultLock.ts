// Dutch texts of why the vault is locked.
import type { Catalogue } from '../catalogue';

export const vaultLock: Catalogue['vaultLock'] = {
  'encryption-unavailable': 'de versleuteling van het systeem is niet beschikbaar',
  'insecure-backend': 'de sleutelbos van het systeem biedt geen veilige bescherming',
  'backend-changed': 'de bescherming van het systeem is gewijzigd sinds de kluis werd aangemaakt',
  'box-changed': 'de kluis werd met een andere beschermingsmodus aangemaakt',
  'key-missing': 'de sleutel van de kluis is verdwenen terwijl er gegevens zijn',
  'key-unreadable': 'de sleutel van de kluis is onleesbaar',
  'key-file-exposed': 'het sleutelbestand is leesbaar voor andere gebruikers',
};
