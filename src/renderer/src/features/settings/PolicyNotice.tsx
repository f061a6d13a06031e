// What the machine's policy file (CPAS IT) locks, said at the top of Settings; an invalid file, said as such.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { desk } from '../../api/desk';
import { unwrap } from '../../api/queries';

export function PolicyNotice() {
  const { t } = useTranslation();
  const policy = useQuery({
    queryKey: ['policy'],
    queryFn: () => unwrap(desk.getPolicy()),
    staleTime: Infinity,
  });
  if (!policy.data) return null;
  const { locked, problem, path } = policy.data;
  return (
    <>
      {problem && (
        <p className="policy-notice policy-invalid" role="alert" data-testid="policy-invalid">
          {t('policy.invalid', { path })}
        </p>
      )}
      {locked.length > 0 && (
        <p className="policy-notice" data-testid="policy-locked">
          🔒{' '}
          {t('policy.managed', {
            settings: locked.map((name) => t(`policy.settings.${name}`)).join(', '),
          })}
        </p>
      )}
    </>
  );
}
