// French texts of the app's name and tagline.
export const app = {
  name: 'Inquiry Desk',
  tagline: 'Enquête sociale BCSS pour les CPAS',
} as const;
