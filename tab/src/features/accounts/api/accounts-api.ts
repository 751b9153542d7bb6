import type {
  Account,
  Contact,
  CreateAccountInput,
  DealListItem,
  UpdateAccountInput,
} from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import type { Page } from '../../../shell/me';

export const listAccounts = (
  spaceId: string,
  text: string,
  continuation?: string,
  signal?: AbortSignal,
) =>
  api.get<Page<Account>>(
    withQuery('/accounts', { spaceId, text: text || undefined, continuation, limit: 100 }),
    signal,
  );

export const getAccount = (id: string, signal?: AbortSignal) =>
  api.get<Account>(`/accounts/${id}`, signal);

export const createAccount = (input: CreateAccountInput, idempotencyKey: string) =>
  api.post<Account>('/accounts', { body: input, idempotencyKey });

export const updateAccount = (id: string, input: UpdateAccountInput, version: number) =>
  api.patch<Account>(`/accounts/${id}`, { body: input, version });

/** The account page's people and deals, filtered by the server (up to 100 of each). */
export const accountContacts = async (id: string, signal?: AbortSignal): Promise<Contact[]> =>
  (await api.get<Page<Contact>>(withQuery('/contacts', { accountId: id, limit: 100 }), signal))
    .items;

export const accountOpportunities = async (
  id: string,
  signal?: AbortSignal,
): Promise<DealListItem[]> =>
  (
    await api.get<Page<DealListItem>>(
      withQuery('/opportunities', { accountId: id, limit: 100 }),
      signal,
    )
  ).items;
