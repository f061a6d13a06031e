// The CPAS (name, CBE, sector, institution) and the investigator (name, NISS, e-mail) the calls are made as.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigatorView, OrganisationView } from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import { useSaveInvestigator, useSaveOrganisation } from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldIssues } from './field-issues';
import { InvestigatorFields } from './InvestigatorFields';
import { SettingsField } from './SettingsField';

export function OrganisationSection({ organisation }: { organisation: OrganisationView | null }) {
  const { t } = useTranslation();
  const save = useSaveOrganisation();
  const { form, edit, issues, error } = useSettingsForm(save, {
    cpasName: organisation?.cpasName ?? '',
    cbe: organisation?.cbe ?? '',
    sector: String(organisation?.sector ?? 17),
    institution: String(organisation?.institution ?? 1),
  });
  return (
    <section className="card settings-section" data-testid="settings-organisation">
      <h2>{t('settings.organisation.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            cpasName: form.cpasName,
            cbe: form.cbe,
            sector: Number(form.sector),
            institution: Number(form.institution),
          });
        }}
      >
        <SettingsField
          label={t('settings.organisation.cpasName')}
          value={form.cpasName}
          onChange={(cpasName) => edit({ cpasName })}
          issue={issues.cpasName}
          testId="org-name"
        />
        <SettingsField
          label={t('settings.organisation.cbe')}
          value={form.cbe}
          onChange={(cbe) => edit({ cbe })}
          issue={issues.cbe}
          help={t('settings.organisation.cbeHelp')}
          inputMode="numeric"
          testId="org-cbe"
        />
        <div className="settings-row">
          <SettingsField
            label={t('settings.organisation.sector')}
            value={form.sector}
            onChange={(sector) => edit({ sector })}
            issue={issues.sector}
            inputMode="numeric"
            testId="org-sector"
          />
          <SettingsField
            label={t('settings.organisation.institution')}
            value={form.institution}
            onChange={(institution) => edit({ institution })}
            issue={issues.institution}
            help={t('settings.organisation.matrixHelp')}
            inputMode="numeric"
            testId="org-institution"
          />
        </div>
        <SaveRow pending={save.isPending} saved={save.isSuccess} testId="org-save" />
      </form>
      {error && <ErrorMessage error={error} testId="org-error" />}
    </section>
  );
}

export function InvestigatorSection({ investigator }: { investigator: InvestigatorView | null }) {
  const { t } = useTranslation();
  const save = useSaveInvestigator();
  const { form, edit, issues, error } = useSettingsForm(save, {
    name: investigator?.name ?? '',
    ssin: investigator?.ssin ?? '',
    email: investigator?.email ?? '',
  });
  return (
    <section className="card settings-section" data-testid="settings-investigator">
      <h2>{t('settings.investigator.title')}</h2>
      <p className="intro">{t('settings.investigator.help')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(form);
        }}
      >
        <InvestigatorFields form={form} edit={edit} issues={issues} testIdPrefix="investigator" />
        <SaveRow pending={save.isPending} saved={save.isSuccess} testId="investigator-save" />
      </form>
      {error && <ErrorMessage error={error} testId="investigator-error" />}
    </section>
  );
}

/** A form's fields as typed, and what main said of the last save: editing clears the stale refusal. */
function useSettingsForm<F extends Record<string, string>>(
  save: { error: unknown; reset: () => void },
  initial: F,
) {
  const [form, setForm] = useState(initial);
  const edit = (patch: Partial<F>) => {
    setForm((current) => ({ ...current, ...patch }));
    save.reset();
  };
  return { form, edit, issues: fieldIssues(save.error), error: asDeskError(save.error) };
}

export function SaveRow({
  pending,
  saved,
  testId,
}: {
  pending: boolean;
  saved: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={pending} data-testid={testId}>
        {pending ? t('settings.saving') : t('settings.save')}
      </button>
      {saved && (
        <span className="status-line" role="status" data-testid={`${testId}d`}>
          {t('settings.saved')}
        </span>
      )}
    </div>
  );
}
