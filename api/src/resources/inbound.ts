import {
  createApiKey,
  listApiKeys,
  receiveInboundLead,
  revokeApiKey,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { asItems } from '../http/lists';
import { bind, type Route } from '../http/route';

export const inboundRoutes: Route[] = [
  bind(contracts.listApiKeys, async (ctx, req) => asItems(await listApiKeys(ctx, req.params.id))),
  bind(contracts.createApiKey, (ctx, req) => createApiKey(ctx, req.params.id, req.body)),
  bind(contracts.revokeApiKey, (ctx, req) => revokeApiKey(ctx, req.params.id, req.params.keyId)),
  bind(contracts.receiveInboundLead, (ctx, req) =>
    receiveInboundLead(ctx, req.params.spaceId, req.body),
  ),
];
