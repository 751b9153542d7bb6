import { type AccountLinkInput, type Opportunity } from '../model/opportunity';
import { setPrimaryAccount } from '../rules/primary-account';
import type { Result } from '../result';
import { changeAccountLinks } from './change-account-links';
import type { UseCaseContext } from './context';

/** The star: makes a linked account the deal's primary account. */
export const setOpportunityPrimaryAccount = (
  ctx: UseCaseContext,
  id: string,
  input: AccountLinkInput,
  expectedVersion: number,
): Promise<Result<Opportunity>> =>
  changeAccountLinks(ctx, id, expectedVersion, (opportunity) =>
    setPrimaryAccount(opportunity, input.accountId),
  );
