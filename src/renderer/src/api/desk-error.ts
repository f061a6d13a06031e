// Any failure of a query or mutation as a DeskError the UI can show (never swallowed).
import type { DeskError } from '../../../shared/contract/errors';
import { DeskCallError } from './queries';

export function asDeskError(error: unknown): DeskError | null {
  if (!error) return null;
  if (error instanceof DeskCallError) return error.deskError;
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}
