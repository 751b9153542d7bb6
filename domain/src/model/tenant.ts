import { z } from 'zod';
import { DocumentMeta, ShortText } from './common';

export const Tenant = DocumentMeta.extend({
  type: z.literal('tenant'),
  name: ShortText,
});
export type Tenant = z.infer<typeof Tenant>;
