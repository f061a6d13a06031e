// Which BCSS environment the app talks to (production only after a confirmation), and the settings of each one:
// addresses and connection, client certificate, connection test.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvironmentName } from '../../../../shared/contract/contract';
import {
  type RemoteEnvironmentName,
  type SettingsView,
  REMOTE_ENVIRONMENTS,
} from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import { useSelectEnvironment } from '../../api/settings-queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CertificatePanel } from './CertificatePanel';
import { ConnectionTestPanel } from './ConnectionTestPanel';
import { RemoteEnvironmentForm } from './RemoteEnvironmentForm';

const ALL: EnvironmentName[] = ['demo', ...REMOTE_ENVIRONMENTS];

export function EnvironmentSection({ settings }: { settings: SettingsView }) {
  const { t } = useTranslation();
  const id = useId();
  const select = useSelectEnvironment();
  const [confirmingProduction, setConfirmingProduction] = useState(false);
  const active = settings.activeEnvironment;
  const [shown, setShown] = useState<EnvironmentName>(active);
  const name = (environment: EnvironmentName) => t(`settings.environmentName.${environment}`);
  const error = asDeskError(select.error);
  const remote = settings.environments.find(
    (view): view is Extract<typeof view, { simulator: false }> =>
      !view.simulator && view.name === shown,
  );

  const choose = (environment: EnvironmentName) => {
    if (environment === active) return;
    if (environment === 'production') setConfirmingProduction(true);
    else select.mutate({ name: environment });
  };

  return (
    <section className="card settings-section" data-testid="settings-environment">
      <h2>{t('settings.environment.title')}</h2>
      <fieldset className="settings-environments">
        <legend>{t('settings.environment.active')}</legend>
        {ALL.map((environment) => (
          <label key={environment} className={`env-choice env-choice-${environment}`}>
            <input
              type="radio"
              name={`${id}-active`}
              checked={active === environment}
              disabled={select.isPending}
              onChange={() => choose(environment)}
              data-testid={`env-select-${environment}`}
            />
            {name(environment)}
          </label>
        ))}
      </fieldset>
      {error && <ErrorMessage error={error} testId="env-select-error" />}

      <p className="settings-tabs-label" aria-hidden="true">
        {t('settings.environment.configure')}
      </p>
      <div
        className="settings-tabs"
        role="tablist"
        aria-label={t('settings.environment.configure')}
      >
        {ALL.map((environment) => (
          <button
            key={environment}
            type="button"
            role="tab"
            aria-selected={shown === environment}
            className="chip"
            onClick={() => setShown(environment)}
            data-testid={`env-tab-${environment}`}
          >
            {name(environment)}
          </button>
        ))}
      </div>

      {shown === 'demo' || !remote ? (
        <div role="tabpanel">
          <p className="intro">{t('settings.environment.demoNote')}</p>
          <ConnectionTestPanel environment="demo" />
        </div>
      ) : (
        // Keyed: another environment's panels start from its own stored values.
        <div role="tabpanel" key={remote.name}>
          <RemoteEnvironmentForm view={remote} />
          <CertificatePanel
            environment={remote.name as RemoteEnvironmentName}
            state={settings.certificates[remote.name]}
          />
          <ConnectionTestPanel environment={remote.name} />
        </div>
      )}

      {confirmingProduction && (
        <ConfirmDialog
          title={t('settings.environment.productionTitle')}
          confirmLabel={t('settings.environment.productionConfirm')}
          busy={select.isPending}
          onCancel={() => setConfirmingProduction(false)}
          onConfirm={() =>
            select.mutate(
              { name: 'production', confirmed: true },
              { onSettled: () => setConfirmingProduction(false) },
            )
          }
        >
          <p>{t('settings.environment.productionText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
