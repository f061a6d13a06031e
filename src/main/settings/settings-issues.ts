// Turns a settings schema's zod issues into typed field problems ({ field, code }) that the screens translate.
import type { z } from 'zod';
import type { FieldIssue, FieldIssueCode } from '../../shared/contract/settings';

/** Thrown by a settings `save`/`update` with every problem of the input; nothing was written. */
export class SettingsInvalid extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid settings: ${issues.map((i) => `${i.field} ${i.code}`).join(', ')}`);
    this.name = 'SettingsInvalid';
  }
}

/** A refinement's issue: its message is our code, so the mapping below needs no side table. */
export function customIssue(code: FieldIssueCode, path?: (string | number)[]) {
  return { code: 'custom' as const, message: code, ...(path ? { path } : {}) };
}

export function fieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // An empty field reads better as "required" than as "invalid e-mail"; our own refinements know better.
    const ours = issue.code === 'custom' || issue.code === 'unrecognized_keys';
    if (!ours && isBlank(valueAt(input, issue.path))) {
      return { field, code: 'required' };
    }
    switch (issue.code) {
      case 'custom':
        return { field, code: issue.message as FieldIssueCode };
      case 'too_big':
        return { field, code: issue.origin === 'string' ? 'too-long' : 'out-of-range' };
      case 'too_small':
        return { field, code: issue.origin === 'string' ? 'required' : 'out-of-range' };
      case 'invalid_format':
        return { field, code: issue.format === 'email' ? 'email-invalid' : 'invalid' };
      case 'invalid_type':
        return { field, code: issue.expected === 'int' ? 'not-integer' : 'invalid' };
      case 'unrecognized_keys':
        return { field: issue.keys.join(','), code: 'unknown-field' };
      default:
        return { field, code: 'invalid' };
    }
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The issues as `DeskError.details` (flat primitives only): field → code, e.g. `{ cbe: 'cbe-checksum' }`. */
export function issueDetails(issues: readonly FieldIssue[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [issue.field, issue.code]));
}
