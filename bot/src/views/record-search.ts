import {
  listAccounts,
  ListAccountsInput,
  listContacts,
  ListContactsInput,
  listLeads,
  ListLeadsInput,
  listOpportunities,
  ListOpportunitiesInput,
  type Account,
  type Actor,
  type Contact,
  type FoundRecord,
  type Lead,
  type Opportunity,
  type Page,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import { recentlyViewed } from './recent-records';
import { contextFor } from './record-card';

export type RecordSearch = {
  /**
   * Name, company or e-mail; empty: the records the user viewed last in the tab, or, before
   * they viewed any, the records they own, most recently changed first.
   */
  text: string;
  skip: number;
  count: number;
};

/** The most a search pages through (Teams asks 25 at a time; nobody scrolls past this). */
export const MAX_SEARCH_DEPTH = 500;
const LIST_PAGE = 100;

type Filters = { text?: string; ownerId?: string; sort: 'updatedAt'; direction: 'desc' };
type Lister<R> = (
  ctx: UseCaseContext,
  filters: Filters,
  page: { limit: number; continuation?: string },
) => Promise<Result<Page<R>>>;

const LISTERS: {
  lead: Lister<Lead>;
  opportunity: Lister<Opportunity>;
  account: Lister<Account>;
  contact: Lister<Contact>;
} = {
  lead: (ctx, f, p) => listLeads(ctx, ListLeadsInput.parse({ ...f, ...p })),
  opportunity: (ctx, f, p) => listOpportunities(ctx, ListOpportunitiesInput.parse({ ...f, ...p })),
  account: (ctx, f, p) => listAccounts(ctx, ListAccountsInput.parse({ ...f, ...p })),
  contact: (ctx, f, p) => listContacts(ctx, ListContactsInput.parse({ ...f, ...p })),
};

/** The first `wanted` records of one kind the actor may see, following the list's pages. */
async function firstOf<R>(
  lister: Lister<R>,
  ctx: UseCaseContext,
  filters: Filters,
  wanted: number,
): Promise<R[]> {
  const found: R[] = [];
  let continuation: string | undefined;
  do {
    const page = await lister(ctx, filters, {
      limit: Math.min(LIST_PAGE, wanted - found.length),
      ...(continuation ? { continuation } : {}),
    });
    if (!page.ok) break;
    found.push(...page.value.items);
    continuation = page.value.continuation;
  } while (continuation && found.length < wanted);
  return found;
}

const newestFirst = (a: FoundRecord, b: FoundRecord) =>
  b.record.updatedAt.localeCompare(a.record.updatedAt) || a.record.id.localeCompare(b.record.id);

/**
 * Leads, deals, accounts and contacts matching the text, as the API's lists show them to the
 * actor (another's private account never), newest change first, `skip` and `count` applied to
 * all four together: each list gives its first `skip + count`, which hold the merged page.
 * Without text, the records the actor viewed last, newest view first, else their own records.
 */
export async function searchRecords(
  services: BotServices,
  actor: Actor,
  search: RecordSearch,
): Promise<FoundRecord[]> {
  const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
  const wanted = Math.min(search.skip + search.count, MAX_SEARCH_DEPTH);
  if (wanted <= search.skip) return [];
  const text = search.text.trim().slice(0, 200);
  if (!text) {
    const recent = await recentlyViewed(ctx);
    if (recent.length > 0) return recent.slice(search.skip, wanted);
  }
  const filters: Filters = {
    ...(text ? { text } : { ownerId: actor.userId }),
    sort: 'updatedAt',
    direction: 'desc',
  };
  const [leads, opportunities, accounts, contacts] = await Promise.all([
    firstOf(LISTERS.lead, ctx, filters, wanted),
    firstOf(LISTERS.opportunity, ctx, filters, wanted),
    firstOf(LISTERS.account, ctx, filters, wanted),
    firstOf(LISTERS.contact, ctx, filters, wanted),
  ]);
  const found: FoundRecord[] = [
    ...leads.map((record) => ({ type: 'lead' as const, record })),
    ...opportunities.map((record) => ({ type: 'opportunity' as const, record })),
    ...accounts.map((record) => ({ type: 'account' as const, record })),
    ...contacts.map((record) => ({ type: 'contact' as const, record })),
  ];
  return found.sort(newestFirst).slice(search.skip, wanted);
}
