// Consults another service about a saved inquiry's person (its final NISS) and keeps the answer with that
// inquiry, so that it is shown again offline, archived and reported with it.
import type { Inquiry } from '../../shared/domain/inquiry';
import type { Language } from '../../shared/domain/preferences';
import type { InquirySupplements } from '../../shared/domain/supplements';
import type { VaultAccess } from '../vault';
import type { ForeignerSituationService } from './foreigner-situation-service';
import type { RegisterExtractService } from './register-extract-service';

export interface SupplementsService {
  consultRegisterExtract(id: string, options: { history: boolean }): Promise<Inquiry>;
  consultForeignerSituation(id: string): Promise<Inquiry>;
}

export function createSupplementsService(deps: {
  withVault: VaultAccess;
  registerExtract: RegisterExtractService;
  foreignerSituation: ForeignerSituationService;
  /** The language the register extract's labels come in: the user's, read at each call. */
  language: () => Language;
}): SupplementsService {
  const supplement = (id: string, consult: (ssin: string) => Promise<InquirySupplements>) =>
    deps.withVault(async (vault) => {
      const inquiry = await vault.open(id);
      const added = await consult(inquiry.finalNiss);
      return vault.update(id, (saved) => ({
        ...saved,
        supplements: { ...saved.supplements, ...added },
      }));
    });
  return {
    consultRegisterExtract: (id, { history }) =>
      supplement(id, async (ssin) => ({
        registerExtract: await deps.registerExtract.consult(ssin, {
          history,
          language: deps.language(),
        }),
      })),
    consultForeignerSituation: (id) =>
      supplement(id, async (ssin) => ({
        foreignerSituation: await deps.foreignerSituation.consult(ssin),
      })),
  };
}
