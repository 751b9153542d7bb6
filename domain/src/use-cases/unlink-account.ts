import { type AccountLinkInput, type Opportunity } from '../model/opportunity';
import { unlinkAccount } from '../rules/primary-account';
import type { Result } from '../result';
import { changeAccountLinks } from './change-account-links';
import type { UseCaseContext } from './context';

/** Unlinks an account; unlinking the primary promotes the next linked one. */
export const unlinkOpportunityAccount = (
  ctx: UseCaseContext,
  id: string,
  input: AccountLinkInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> =>
  changeAccountLinks(ctx, id, expectedVersion, (opportunity) =>
    unlinkAccount(opportunity, input.accountId),
  );
