// react-query hooks for the consultations kept with a saved inquiry: the Tx25 register extract and the
// foreigner situation. Each answers the inquiry as now saved, which also refreshes its offline copy.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { desk } from './desk';
import { showKeptInquiry, unwrap } from './queries';

function useKeepSaved() {
  const client = useQueryClient();
  return (inquiry: Inquiry) => showKeptInquiry(client, inquiry);
}

export function useConsultRegisterExtract() {
  const keep = useKeepSaved();
  return useMutation({
    mutationFn: (input: { id: string; history: boolean }) =>
      unwrap(desk.consultRegisterExtract(input)),
    onSuccess: keep,
  });
}

export function useConsultForeignerSituation() {
  const keep = useKeepSaved();
  return useMutation({
    mutationFn: (id: string) => unwrap(desk.consultForeignerSituation({ id })),
    onSuccess: keep,
  });
}
