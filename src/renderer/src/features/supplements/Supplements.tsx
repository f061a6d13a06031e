// Under an inquiry's result: consult the other services about the same person (Tx25 register extract,
// ForeignerSituation) and show what they answered, which is kept with the saved inquiry.
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../../../shared/domain/inquiry';
import { asDeskError } from '../../api/desk-error';
import {
  useConsultForeignerSituation,
  useConsultRegisterExtract,
} from '../../api/supplement-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ForeignerSituationView } from './ForeignerSituationView';
import { RegisterExtractView } from './RegisterExtractView';
import { offeredSupplements } from './offered';
import './supplements.css';

export function Supplements({
  inquiry,
  onChange,
  openEdge,
  today,
  onInquirePerson,
}: {
  inquiry: Inquiry;
  onChange: (inquiry: Inquiry) => void;
  openEdge: Date;
  today: Date;
  onInquirePerson?: (niss: string) => void;
}) {
  const { t } = useTranslation();
  const extract = useConsultRegisterExtract();
  const foreigner = useConsultForeignerSituation();
  const { registerExtract, foreignerSituation } = inquiry.supplements ?? {};
  // Neither service knows BIS numbers (REG00004): not offered for them.
  const offered = offeredSupplements(inquiry.finalNiss);
  const extractError = asDeskError(extract.error);
  const foreignerError = asDeskError(foreigner.error);

  return (
    <div className="supplements" data-testid="supplements">
      <div className="supplement-actions" role="group" aria-label={t('supplements.label')}>
        {offered.registerExtract && (
          <button
            type="button"
            className="secondary"
            disabled={extract.isPending}
            onClick={() =>
              extract.mutate({ id: inquiry.id, history: false }, { onSuccess: onChange })
            }
            data-testid="consult-register-extract"
          >
            {extract.isPending
              ? t('supplements.consulting')
              : registerExtract
                ? t('supplements.registerExtractAgain')
                : t('supplements.registerExtract')}
          </button>
        )}
        {offered.foreignerSituation && (
          <button
            type="button"
            className="secondary"
            disabled={foreigner.isPending}
            onClick={() => foreigner.mutate(inquiry.id, { onSuccess: onChange })}
            data-testid="consult-foreigner-situation"
          >
            {foreigner.isPending
              ? t('supplements.consulting')
              : foreignerSituation
                ? t('supplements.foreignerSituationAgain')
                : t('supplements.foreignerSituation')}
          </button>
        )}
      </div>
      {extractError && (
        <ErrorMessage error={extractError} testId="register-extract-error" takeFocus />
      )}
      {foreignerError && (
        <ErrorMessage error={foreignerError} testId="foreigner-situation-error" takeFocus />
      )}
      {foreignerSituation && (
        <ForeignerSituationView
          situation={foreignerSituation}
          openEdge={openEdge}
          today={today}
          onInquirePerson={onInquirePerson}
        />
      )}
      {registerExtract && (
        <RegisterExtractView
          supplement={registerExtract}
          loadingHistory={extract.isPending}
          onShowHistory={() =>
            extract.mutate({ id: inquiry.id, history: true }, { onSuccess: onChange })
          }
        />
      )}
    </div>
  );
}
