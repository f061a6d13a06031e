// react-query hooks for the person services: ManageAccess (register, unregister, list) and IdentifyPerson.
import { useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract/contract';
import { desk } from './desk';
import { unwrap } from './queries';

export function useRegisterPerson() {
  return useMutation({
    mutationFn: (input: MethodInput<'registerPerson'>) => unwrap(desk.registerPerson(input)),
  });
}

export function useUnregisterPerson() {
  return useMutation({
    mutationFn: (input: MethodInput<'unregisterPerson'>) => unwrap(desk.unregisterPerson(input)),
  });
}

/** A mutation, not a query: every listing is a BCSS call, made when asked and audited. */
export function useListRegistrations() {
  return useMutation({
    mutationFn: (input: MethodInput<'listRegistrations'>) => unwrap(desk.listRegistrations(input)),
  });
}

export function useSearchPersons() {
  return useMutation({
    mutationFn: (input: MethodInput<'searchPersons'>) => unwrap(desk.searchPersons(input)),
  });
}
