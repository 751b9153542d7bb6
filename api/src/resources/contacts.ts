import {
  anonymizeContact,
  createContact,
  getContact,
  listContacts,
  mergeContacts,
  updateContact,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

export const contactRoutes: Route[] = [
  bind(contracts.listContacts, (ctx, req) => listContacts(ctx, req.query)),
  bind(contracts.createContact, (ctx, req) => createContact(ctx, req.body)),
  bind(contracts.getContact, (ctx, req) => getContact(ctx, req.params.id)),
  bind(contracts.updateContact, (ctx, req) =>
    updateContact(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.anonymizeContact, (ctx, req) =>
    anonymizeContact(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.mergeContact, (ctx, req) =>
    mergeContacts(ctx, req.params.id, req.body, req.expectedVersion),
  ),
];
