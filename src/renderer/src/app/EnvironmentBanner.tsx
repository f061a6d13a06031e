// The banner that always says which BCSS environment the app talks to.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/contract';

export function EnvironmentBanner({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <div
      className={`env-banner env-${info.environment}`}
      role="status"
      data-testid="environment-banner"
    >
      <strong className="env-name">{info.environment.toUpperCase()}</strong>
      <span>{t(`environment.${info.environment}`)}</span>
      <span className="env-host">
        {t(`host.${info.host}`)} · v{info.version}
      </span>
    </div>
  );
}
