// User preferences (no personal data): their schema, defaults and the patch accepted by updatePreferences.
import { z } from 'zod';

export const LANGUAGES = ['fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** The swimlanes' zoom presets (src/renderer/src/result/zoom.ts draws each one's window). */
export const ZOOM_PRESETS = ['period', 'year', 'fiveYears', 'all'] as const;
export type ZoomPreset = (typeof ZOOM_PRESETS)[number];

export const preferencesSchema = z.object({
  language: languageSchema,
  /** Length of the default inquiry period, in months, ending today. */
  defaultPeriodMonths: z.number().int().min(1).max(120),
  /** The zoom a result opens with. */
  defaultZoom: z.enum(ZOOM_PRESETS),
  /** The first-run panel (investigator's name, CPAS) was answered or skipped: it is not asked again. */
  firstRunDone: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'fr',
  defaultPeriodMonths: 12,
  defaultZoom: 'period',
  firstRunDone: false,
};

export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
