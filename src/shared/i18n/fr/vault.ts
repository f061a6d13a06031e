// French texts of the vault's failures.
export const vault = {
  error: {
    locked:
      'Le coffre chiffré ne peut pas être ouvert ({{reason}}) : rien n’est enregistré et aucun appel à la BCSS n’est fait, car chaque appel doit être journalisé.',
    damaged:
      'Le fichier {{file}} est endommagé (contrôle d’intégrité échoué) : il ne peut pas être ouvert. Les autres enquêtes ne sont pas touchées.',
    full: 'Le disque est plein : l’enquête n’a pas pu être enregistrée. Rien de ce qui était enregistré n’est perdu ; libérez de la place puis réessayez.',
    notFound: 'Cette enquête enregistrée n’existe plus (supprimée ou purgée).',
  },
} as const;
