// The field problems of a refused settings change (SETTINGS_INVALID: field → FieldIssueCode), for the forms.
import { asDeskError } from '../../api/desk-error';

export type FieldIssues = Readonly<Record<string, string>>;

export function fieldIssues(error: unknown): FieldIssues {
  const deskError = asDeskError(error);
  if (deskError?.code !== 'SETTINGS_INVALID') return {};
  return Object.fromEntries(
    Object.entries(deskError.details ?? {}).map(([field, code]) => [field, String(code)]),
  );
}

/** The issue of a field, or of one of its parts ('servicePaths' covers 'servicePaths.socialInquiry'). */
export function issueOf(issues: FieldIssues, field: string): string | undefined {
  return issues[field] ?? Object.entries(issues).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
