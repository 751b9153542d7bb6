import {
  appendImportPart,
  createImport,
  getImport,
  listImportProblems,
  listImports,
  previewImport,
  setImportMapping,
  startImport,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';
import { appServices } from '../services/app-services';

const importServices = async () => (await appServices()).imports.services;

export const importRoutes: Route[] = [
  bind(contracts.createImport, (ctx, req) => createImport(ctx, req.body)),
  bind(contracts.appendImportPart, async (ctx, req) =>
    appendImportPart(ctx, await importServices(), req.params.id, req.body),
  ),
  bind(contracts.previewImport, async (ctx, req) =>
    previewImport(ctx, await importServices(), req.params.id),
  ),
  bind(contracts.setImportMapping, (ctx, req) => setImportMapping(ctx, req.params.id, req.body)),
  bind(contracts.startImport, async (ctx, req) =>
    startImport(ctx, await importServices(), req.params.id),
  ),
  bind(contracts.getImport, (ctx, req) => getImport(ctx, req.params.id)),
  bind(contracts.listImports, (ctx) => listImports(ctx)),
  bind(contracts.listImportProblems, (ctx, req) =>
    listImportProblems(ctx, req.params.id, req.query),
  ),
];
