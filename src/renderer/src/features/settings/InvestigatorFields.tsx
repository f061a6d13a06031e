// The investigator's three fields (name, NISS, e-mail): the settings screen and the first start ask the same.
import { useTranslation } from 'react-i18next';
import type { FieldIssues } from './field-issues';
import { SettingsField } from './SettingsField';

export interface InvestigatorForm {
  name: string;
  ssin: string;
  email: string;
}

export function InvestigatorFields({
  form,
  edit,
  issues,
  testIdPrefix,
}: {
  form: InvestigatorForm;
  edit: (patch: Partial<InvestigatorForm>) => void;
  /** What main said of each field at the last save, by field name. */
  issues: FieldIssues;
  /** 'investigator' gives 'investigator-name', 'investigator-ssin', 'investigator-email'. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SettingsField
        label={t('settings.investigator.name')}
        value={form.name}
        onChange={(name) => edit({ name })}
        issue={issues.name}
        autoComplete="name"
        testId={`${testIdPrefix}-name`}
      />
      <SettingsField
        label={t('settings.investigator.ssin')}
        value={form.ssin}
        onChange={(ssin) => edit({ ssin })}
        issue={issues.ssin}
        inputMode="numeric"
        testId={`${testIdPrefix}-ssin`}
      />
      <SettingsField
        label={t('settings.investigator.email')}
        value={form.email}
        onChange={(email) => edit({ email })}
        issue={issues.email}
        type="email"
        testId={`${testIdPrefix}-email`}
      />
    </>
  );
}
