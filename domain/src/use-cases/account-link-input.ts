import { z } from 'zod';
import { Id } from '../model/common';

/** Which account a link, unlink or star is about. */
export const AccountLinkInput = z.object({ accountId: Id });
export type AccountLinkInput = z.infer<typeof AccountLinkInput>;
