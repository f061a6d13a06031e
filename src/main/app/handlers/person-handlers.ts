// DeskApi: the person services (ManageAccess, IdentifyPerson) and the supplements kept with a saved inquiry
// (Tx25 register extract, ForeignerSituation).
import type { DeskHandlers } from '../../../shared/contract/contract';
import type {
  IdentifyPersonService,
  ManageAccessService,
  SupplementsService,
} from '../../person-services';

export function personHandlers(deps: {
  manageAccess: ManageAccessService;
  identifyPerson: IdentifyPersonService;
  supplements: SupplementsService;
}) {
  const { manageAccess, identifyPerson, supplements } = deps;
  return {
    registerPerson: (input) => manageAccess.register(input),
    unregisterPerson: (input) => manageAccess.unregister(input),
    listRegistrations: (input) => manageAccess.list(input),
    searchPersons: (criteria) => identifyPerson.search(criteria),
    consultRegisterExtract: ({ id, history }) =>
      supplements.consultRegisterExtract(id, { history }),
    consultForeignerSituation: ({ id }) => supplements.consultForeignerSituation(id),
  } satisfies Partial<DeskHandlers>;
}
