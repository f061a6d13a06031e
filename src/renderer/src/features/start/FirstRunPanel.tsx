// The first start: while the CPAS or the investigator is not configured, the start screen asks once for them
// (the report names both; the OS account is never printed instead). Saved, or skipped in the demo environment,
// it is not asked again (preferences.firstRunDone); the settings keep every field for later changes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asDeskError } from '../../api/desk-error';
import { useAppInfo, usePreferences, useUpdatePreferences } from '../../api/queries';
import { useSaveInvestigator, useSaveOrganisation, useSettings } from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldIssues } from '../settings/field-issues';
import { InvestigatorFields } from '../settings/InvestigatorFields';
import { SettingsField } from '../settings/SettingsField';
import { firstRunNeeded } from './first-run';
import type { SettingsView } from '../../../../shared/contract/settings';

export function FirstRunPanel() {
  const { t } = useTranslation();
  const preferences = usePreferences().data;
  const settings = useSettings().data;
  const demo = useAppInfo().data?.environment === 'demo';
  const updatePreferences = useUpdatePreferences();
  const [saved, setSaved] = useState(false);
  const finish = () => updatePreferences.mutate({ firstRunDone: true });

  if (saved) {
    return (
      <p className="status-line" role="status" data-testid="first-run-saved">
        {t('firstRun.saved')}
      </p>
    );
  }
  if (!preferences || !settings || !firstRunNeeded(preferences, settings)) return null;
  return (
    <FirstRunForm
      settings={settings}
      demo={demo}
      onSaved={() => {
        setSaved(true);
        finish();
      }}
      onSkip={finish}
    />
  );
}

function FirstRunForm({
  settings,
  demo,
  onSaved,
  onSkip,
}: {
  settings: SettingsView;
  demo: boolean;
  onSaved: () => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const saveOrganisation = useSaveOrganisation();
  const saveInvestigator = useSaveInvestigator();
  // In demo the panel starts folded (one line): the demo runs without it.
  const [open, setOpen] = useState(false);
  // What is configured already is shown, to complete rather than retype.
  const [form, setForm] = useState({
    cpasName: settings.organisation?.cpasName ?? '',
    cbe: settings.organisation?.cbe ?? '',
    name: settings.investigator?.name ?? '',
    ssin: settings.investigator?.ssin ?? '',
    email: settings.investigator?.email ?? '',
  });
  const pending = saveOrganisation.isPending || saveInvestigator.isPending;
  const issues = { ...fieldIssues(saveOrganisation.error), ...fieldIssues(saveInvestigator.error) };
  const error = asDeskError(saveOrganisation.error) ?? asDeskError(saveInvestigator.error);
  const edit = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    saveOrganisation.reset();
    saveInvestigator.reset();
  };
  const expanded = open || !demo;

  return (
    <section
      className={`first-run${expanded ? '' : ' first-run-folded'}`}
      aria-labelledby={`${id}-title`}
      data-testid="first-run"
    >
      <h2 id={`${id}-title`}>{t('firstRun.title')}</h2>
      {/* Folded (demo), one line: the blank form's run button stays in view on a laptop screen. */}
      {expanded && <p className="intro">{t('firstRun.intro')}</p>}
      {expanded && demo && <p className="hint">{t('firstRun.demoIntro')}</p>}
      {expanded ? (
        <form
          // Main checks every field and says what is wrong beside it, in the UI language.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            saveOrganisation.mutate(
              { cpasName: form.cpasName, cbe: form.cbe, sector: 17, institution: 1 },
              {
                onSuccess: () =>
                  saveInvestigator.mutate(
                    { name: form.name, ssin: form.ssin, email: form.email },
                    {
                      onSuccess: onSaved,
                    },
                  ),
              },
            );
          }}
        >
          <div className="first-run-fields">
            <InvestigatorFields form={form} edit={edit} issues={issues} testIdPrefix="first-run" />
            <SettingsField
              label={t('settings.organisation.cpasName')}
              value={form.cpasName}
              onChange={(cpasName) => edit({ cpasName })}
              issue={issues.cpasName}
              testId="first-run-cpas"
            />
            <SettingsField
              label={t('settings.organisation.cbe')}
              value={form.cbe}
              onChange={(cbe) => edit({ cbe })}
              issue={issues.cbe}
              help={t('settings.organisation.cbeHelp')}
              inputMode="numeric"
              testId="first-run-cbe"
            />
          </div>
          <div className="actions">
            <button
              type="submit"
              className="primary"
              disabled={pending}
              data-testid="first-run-save"
            >
              {pending ? t('settings.saving') : t('settings.save')}
            </button>
            {demo && (
              <button
                type="button"
                className="secondary"
                onClick={onSkip}
                data-testid="first-run-skip"
              >
                {t('firstRun.skip')}
              </button>
            )}
          </div>
          {error && error.code !== 'SETTINGS_INVALID' && (
            <ErrorMessage error={error} testId="first-run-error" takeFocus />
          )}
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => setOpen(true)}
            data-testid="first-run-open"
          >
            {t('firstRun.open')}
          </button>
          <button type="button" className="secondary" onClick={onSkip} data-testid="first-run-skip">
            {t('firstRun.skip')}
          </button>
        </div>
      )}
    </section>
  );
}
