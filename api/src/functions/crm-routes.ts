import { routeHandler } from '../http/handler';
import { routes } from '../routes';
import { registerHttp } from './registry';

for (const r of routes) {
  registerHttp(r.name, {
    methods: r.serve && r.preflight ? [r.method, 'OPTIONS'] : [r.method],
    route: r.path.replace(/^\//, ''),
    authLevel: 'anonymous',
    handler: routeHandler(r),
  });
}
