import { z } from 'zod';
import { DocumentMeta, ShortText } from './common';

export const Tenant = DocumentMeta.extend({
  type: z.literal('tenant'),
  name: ShortText,
});
export type Tenant = z.infer<typeof Tenant>;

/** The admin types the tenant id to confirm: deletion cannot be undone. */
export const DeleteTenantInput = z.object({ confirmTenantId: z.string().min(1).max(64) });
export type DeleteTenantInput = z.infer<typeof DeleteTenantInput>;
