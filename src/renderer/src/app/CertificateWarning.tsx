// At every start, while the active environment's certificate has 30 days or less left (or has expired).
import { useTranslation } from 'react-i18next';
import type { CertificateWarning as Warning } from '../../../shared/contract/settings';
import { formatDay } from '../../../shared/presentation/format';

export function CertificateWarning({
  warning,
  onOpenSettings,
}: {
  warning: Warning;
  onOpenSettings: () => void;
}) {
  const { t } = useTranslation();
  const values = {
    environment: t(`settings.environmentName.${warning.environment}`),
    days: warning.daysLeft,
    date: formatDay(warning.validTo),
  };
  return (
    <div className="certificate-warning" role="alert" data-testid="certificate-warning">
      {warning.expired
        ? t('settings.warning.expired', values)
        : t('settings.warning.expiring', values)}
      <button type="button" className="secondary" onClick={onOpenSettings}>
        {t('settings.nav')}
      </button>
    </div>
  );
}
