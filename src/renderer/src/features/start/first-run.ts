// When the first-run panel asks: the CPAS or the investigator is not configured, and it was neither answered
// nor skipped before.
import type { Preferences } from '../../../../shared/domain/preferences';
import type { SettingsView } from '../../../../shared/contract/settings';

export function firstRunNeeded(
  preferences: Pick<Preferences, 'firstRunDone'>,
  settings: Pick<SettingsView, 'organisation' | 'investigator'>,
): boolean {
  if (preferences.firstRunDone) return false;
  return settings.organisation === null || settings.investigator === null;
}
