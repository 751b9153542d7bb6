import { createWebForm, deleteWebForm, listWebForms } from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { serveEmbed, serveSubmission } from '../forms/serve-web-form';
import { asItems } from '../http/lists';
import { bind, bindHttp, type Route } from '../http/route';

export const webFormRoutes: Route[] = [
  bind(contracts.listWebForms, async (ctx, req) => asItems(await listWebForms(ctx, req.params.id))),
  bind(contracts.createWebForm, (ctx, req) => createWebForm(ctx, req.params.id, req.body)),
  bind(contracts.deleteWebForm, (ctx, req) => deleteWebForm(ctx, req.params.id, req.params.formId)),
  bindHttp(contracts.getWebFormEmbed, serveEmbed),
  bindHttp(contracts.submitWebForm, serveSubmission, { preflight: true }),
];
