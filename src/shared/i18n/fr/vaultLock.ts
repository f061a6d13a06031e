// French texts of why the vault is locked.
export const vaultLock = {
  'encryption-unavailable': 'le chiffrement du système n’est pas disponible',
  'insecure-backend': 'le trousseau du système n’offre pas de protection sûre',
  'backend-changed': 'la protection du système a changé depuis la création du coffre',
  'box-changed': 'le coffre a été créé avec un autre mode de protection',
  'key-missing': 'la clé du coffre a disparu alors que des données existent',
  'key-unreadable': 'la clé du coffre est illisible',
  'key-file-exposed': 'le fichier de clé est lisible par d’autres utilisateurs',
} as const;
