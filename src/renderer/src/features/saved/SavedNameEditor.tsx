// A saved inquiry's person's name, added or corrected in place (the list is searched by it): the saved copy's
// name changes, not the inquiry; each change is audited by main.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedInquirySummary } from '../../../../shared/contract/vault';
import { asDeskError } from '../../api/desk-error';
import { useRenameSavedInquiry } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';

export function SavedNameEditor({
  summary,
  who,
  onDone,
}: {
  summary: SavedInquirySummary;
  who: string;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const rename = useRenameSavedInquiry();
  const [name, setName] = useState(summary.personName ?? '');
  useEffect(() => input.current?.select(), []);
  const error = asDeskError(rename.error);
  return (
    <form
      className="saved-name-editor"
      aria-label={t('saved.rename.label', { who })}
      data-testid="saved-name-editor"
      onSubmit={(event) => {
        event.preventDefault();
        // A promise, not mutate's onSuccess: the row may leave the list when its new name no longer matches the
        // search, and react-query drops an unmounted caller's callbacks (the status would never say "saved").
        rename.mutateAsync({ id: summary.id, personName: name }).then(
          () => onDone(true),
          () => {}, // shown below from rename.error
        );
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(false);
        }
      }}
    >
      <label htmlFor={`${id}-name`}>{t('saved.rename.field')}</label>
      <input
        id={`${id}-name`}
        ref={input}
        value={name}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        aria-describedby={`${id}-help`}
        data-testid="saved-name-input"
      />
      <p id={`${id}-help`} className="hint">
        {t('saved.rename.help')}
      </p>
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={rename.isPending}
          data-testid="saved-name-save"
        >
          {t('saved.rename.save')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          {t('confirm.cancel')}
        </button>
      </div>
      {error && <ErrorMessage error={error} testId="saved-name-error" takeFocus />}
    </form>
  );
}
