import {
  createAccount,
  getAccount,
  listAccounts,
  mergeAccounts,
  updateAccount,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const accountRoutes: Route[] = [
  bind(contracts.listAccounts, (ctx, req) => listAccounts(ctx, req.query)),
  bind(contracts.createAccount, (ctx, req) => createAccount(ctx, req.body)),
  bind(contracts.getAccount, (ctx, req) => getAccount(ctx, req.params.id)),
  bind(contracts.updateAccount, (ctx, req) =>
    updateAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.mergeAccount, (ctx, req) =>
    mergeAccounts(ctx, req.params.id, req.body, req.expectedVersion),
  ),
];
