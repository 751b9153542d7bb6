import { z } from 'zod';
import { DeleteTenantInput } from '../model/tenant';
import { contract } from './contract';

const tag = 'admin';

export const exportTenant = contract({
  name: 'exportTenant',
  // One query whose pages grow with the tenant, and a point read of each key (two: its record
  // and last use) and form its spaces list in the public index; 4 with one key and one form.
  // An admin's one-off.
  roundTrips: 4,
  method: 'GET',
  path: '/tenant/export',
  summary: 'Every document of the tenant as JSON',
  tag,
  auth: 'admin',
  response: z.object({
    tenantId: z.string(),
    exportedAt: z.string(),
    documents: z.array(z.record(z.string(), z.unknown())),
  }),
});

export const deleteTenant = contract({
  name: 'deleteTenant',
  // One query, a delete batch per 100 documents and a bulk of point deletes per 100 keys and
  // forms in the public index: grows with the tenant.
  roundTrips: 3,
  method: 'DELETE',
  path: '/tenant',
  summary: 'Delete every document of the tenant (name it to confirm)',
  tag,
  auth: 'admin',
  query: DeleteTenantInput,
  response: z.object({ deleted: z.number().int() }),
});
