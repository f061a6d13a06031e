// French texts of the generic failures between the screen and the host.
export const errors = {
  invalidInput: 'La demande contient des données invalides.',
  unknownMethod: 'Opération inconnue : {{method}}.',
  unauthorized: "Accès refusé : rechargez l'application depuis le lien fourni au démarrage.",
  forbiddenOrigin: 'Requête refusée : elle ne provient pas de l’application.',
  internal: 'Erreur interne inattendue. Réessayez ; si le problème persiste, contactez le support.',
  hostUnreachable: "L'application ne répond plus. Redémarrez Inquiry Desk.",
  demoUnavailable:
    'L’environnement de démonstration n’est pas installé avec cette copie de l’application : choisissez l’environnement de test, d’acceptation ou de production dans les paramètres.',
} as const;
