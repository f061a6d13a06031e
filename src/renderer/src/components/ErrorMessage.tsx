// Shows a DeskError in the UI language.
import { useTranslation } from 'react-i18next';
import type { DeskError } from '../../../shared/api/errors';

export function ErrorMessage({ error }: { error: DeskError }) {
  const { t } = useTranslation();
  // The key and its variables arrive as data from main: checked by the catalogue tests, not the compiler.
  const translate = t as unknown as (key: string, values: object) => string;
  return (
    <div className="message message-error" role="alert">
      {translate(error.messageKey, error.details ?? {})}
      <span className="message-code">{error.code}</span>
    </div>
  );
}
