import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import * as contracts from '@channel-crm/domain/contracts';
import { csvLine } from '@channel-crm/domain';
import {
  listAccounts,
  listContacts,
  listLeads,
  listOpportunities,
  type Page,
  type Result,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import { CORRELATION_HEADER, correlationIdFrom } from '../http/correlation';
import { problem } from '../http/problem';
import { appServices } from '../services/app-services';

/** Rows read per page while the CSV is written. */
const PAGE_ROWS = 100;

type Cell = string | number | boolean | undefined | null | string[];

/** One list's export: its query (the list's own schema), its pages and its columns. */
const list = <Q>(
  contract: { schemas: { query: { safeParse(v: unknown): { success: boolean; data?: Q } } } },
  use: (ctx: UseCaseContext, input: Q) => Promise<Result<Page<object>>>,
  columns: string[],
) => ({
  parse(raw: Record<string, string>) {
    const parsed = contract.schemas.query.safeParse({ ...raw, limit: String(PAGE_ROWS) });
    return parsed.success ? parsed.data : undefined;
  },
  load: (ctx: UseCaseContext, query: Q, continuation?: string) =>
    use(ctx, { ...query, limit: PAGE_ROWS, ...(continuation ? { continuation } : {}) }),
  columns,
});

const PERSON = ['firstName', 'lastName', 'jobTitle', 'email', 'phone', 'tags'];

/** The lists a user can export, by the path segment of their API. */
export const EXPORTS = {
  leads: list(contracts.listLeads, listLeads, [
    ...PERSON,
    'company',
    'website',
    'status',
    'source',
    'ownerId',
    'createdAt',
  ]),
  contacts: list(contracts.listContacts, listContacts, [...PERSON, 'createdAt']),
  accounts: list(contracts.listAccounts, listAccounts, [
    'name',
    'email',
    'phone',
    'website',
    'address',
    'industry',
    'registrationNumber',
    'vatNumber',
    'tags',
    'createdAt',
  ]),
  opportunities: list(contracts.listOpportunities, listOpportunities, [
    'name',
    'status',
    'amount',
    'currency',
    'expectedCloseDate',
    'ownerId',
    'tags',
    'createdAt',
  ]),
};
export type ExportedList = keyof typeof EXPORTS;

const cellText = (value: Cell | object): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object')
    return 'amount' in value ? String((value as { amount: unknown }).amount) : '';
  return String(value);
};

/** A record's cells; a deal's amount is its `amount.amount` and currency. */
function cells(record: Record<string, unknown>, columns: string[]): string[] {
  return columns.map((column) => {
    const amount = record.amount as { amount?: number; currency?: string } | undefined;
    if (column === 'amount') return cellText(amount?.amount);
    if (column === 'currency') return cellText(amount?.currency);
    return cellText(record[column] as Cell);
  });
}

/**
 * `GET /api/exports/{list}`: every row of a list view with the list's own filters (its query
 * parameters), as CSV, read from the store a page at a time while the body is written.
 */
export async function exportRecords(request: HttpRequest): Promise<HttpResponseInit> {
  const correlationId = correlationIdFrom(request.headers.get('traceparent'));
  const headers = { [CORRELATION_HEADER]: correlationId };
  const name = request.params.list as ExportedList;
  const target = Object.hasOwn(EXPORTS, name) ? EXPORTS[name] : undefined;
  if (!target) return problem('not_found', `No list ${name} to export`, correlationId);
  const services = await appServices();
  const check = await services.validateToken(request.headers.get('authorization'));
  if (!check.ok) return problem('unauthorized', check.reason, correlationId);
  const query = target.parse(Object.fromEntries(request.query.entries()));
  if (!query) return problem('validation', 'The list filters are not valid', correlationId);
  const ctx: UseCaseContext = {
    actor: await services.actors.actorFor(check.identity),
    store: services.store,
    clock: services.clock,
    ids: services.ids,
    commitId: correlationId,
  };
  const encoder = new TextEncoder();
  let continuation: string | undefined;
  let started = false;
  let finished = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(target.columns, ',')}\r\n`));
        return;
      }
      if (finished) return controller.close();
      const page = await target.load(ctx, query as never, continuation);
      if (!page.ok) return controller.error(new Error(page.error.message));
      const lines = page.value.items.map(
        (record) => `${csvLine(cells(record as Record<string, unknown>, target.columns), ',')}\r\n`,
      );
      controller.enqueue(encoder.encode(lines.join('')));
      continuation = page.value.continuation;
      if (!continuation) finished = true;
    },
  });
  return {
    status: 200,
    headers: {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    },
    body,
  };
}
