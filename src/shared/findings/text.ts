// A finding as sentences in the UI language: its explanation and its rule's legal basis.
import type { LocalizedText } from '../domain/inquiry';
import type { Finding } from './types';

type Language = keyof LocalizedText;

/** The translate function, untyped by key: a finding's message key is built from its data. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function findingParams(finding: Finding, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(finding.params).map(([key, value]) => [
      key,
      typeof value === 'object' ? value[language] || value.fr : String(value),
    ]),
  );
}

export function findingText(finding: Finding, language: Language, t: Translate): string {
  return t(`answers.findings.${finding.message}.text`, {
    ...findingParams(finding, language),
    interpolation: { escapeValue: false },
  });
}

export function findingBasis(finding: Finding, t: Translate): string {
  return t(`answers.findings.${finding.message}.basis`);
}

export function severityText(finding: Finding, t: Translate): string {
  return t(`answers.findings.severity.${finding.severity}`);
}
