import type { HttpHandler } from '@azure/functions';
import { routeHandler } from '../http/handler';
import { routes } from '../routes';
import { registerHttp } from './registry';

/** One handler per route of the table, by route name (tests may call them directly). */
export const crmHandlers: Record<string, HttpHandler> = Object.fromEntries(
  routes.map((r) => [r.name, routeHandler(r)]),
);

for (const r of routes) {
  registerHttp(r.name, {
    methods: [r.method],
    route: r.path.replace(/^\//, ''),
    authLevel: 'anonymous',
    handler: crmHandlers[r.name]!,
  });
}
