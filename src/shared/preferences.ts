// User preferences (no personal data): their schema, defaults and the patch accepted by updatePreferences.
import { z } from 'zod';

export const LANGUAGES = ['fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export const preferencesSchema = z.object({
  language: languageSchema,
  /** Length of the default inquiry period, in months, ending today. */
  defaultPeriodMonths: z.number().int().min(1).max(120),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'fr',
  defaultPeriodMonths: 12,
};

export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
