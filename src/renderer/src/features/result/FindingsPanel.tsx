// The findings above the swimlanes: severity, one sentence, the rule's legal basis, a link selecting the items.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/preferences';
import {
  findingBasis,
  findingText,
  severityText,
  type Finding,
  type Translate,
} from '../../../../shared/findings';

export function FindingsPanel({
  findings,
  language,
  onSelect,
}: {
  findings: Finding[];
  language: Language;
  onSelect: (itemIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const tt = t as unknown as Translate;
  return (
    <section className="findings" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">
        {t('answers.findings.title')}
        {findings.length > 0 && <span className="lane-count"> ({findings.length})</span>}
      </h2>
      {findings.length === 0 ? (
        <p className="findings-none" data-testid="findings-none">
          {t('answers.findings.none')}
        </p>
      ) : (
        <ul>
          {findings.map((finding, index) => (
            <li
              key={`${finding.message}-${index}`}
              className={`finding finding-${finding.severity}`}
              data-testid="finding"
              data-rule={finding.rule}
              data-message={finding.message}
              data-severity={finding.severity}
            >
              <span className="finding-severity">{severityText(finding, tt)}</span>
              <span className="finding-text">{findingText(finding, language, tt)}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect(finding.itemIds)}
                data-testid="finding-select"
              >
                {t('answers.findings.select')}
              </button>
              <span className="finding-basis">
                {t('answers.findings.basis', {
                  basis: findingBasis(finding, tt),
                  interpolation: { escapeValue: false },
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
