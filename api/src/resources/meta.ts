import { ok } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { openApiDocument } from '../http/openapi';
import { bind, type Route } from '../http/route';

/** This API's own description; `routes` is read when asked, once the table is complete. */
export const metaRoutes = (routes: () => readonly Route[]): Route[] => [
  bind(contracts.openApi, async () => ok(openApiDocument(routes()))),
];
