import { z } from 'zod';
import { IsoDateTime, ShortText, Tag, UserId } from './common';
import { LeadFields } from './lead';

/** What an admin sees of a space's API key: never its secret. */
export const ApiKeySummary = z.object({
  /** Also in the token, between `crm_` and the secret. */
  id: z.uuid(),
  spaceId: z.uuid(),
  name: ShortText,
  /** The token's first characters (`crm_` and the start of the key id), to tell keys apart. */
  prefix: z.string(),
  createdAt: IsoDateTime,
  createdBy: UserId,
  lastUsedAt: IsoDateTime.optional(),
  /** Every request must carry a valid `X-Signature`. */
  requireSignature: z.boolean(),
  /** Requests a minute before 429. */
  ratePerMinute: z.number().int(),
});
export type ApiKeySummary = z.infer<typeof ApiKeySummary>;

export const CreateApiKeyInput = z.object({
  name: ShortText,
  requireSignature: z.boolean().default(false),
  ratePerMinute: z.number().int().min(1).max(6000).default(60),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

/** The answer to creating a key: the only time its token and signing secret are shown. */
export const CreatedApiKey = ApiKeySummary.extend({
  /** `crm_<keyId>_<secret>`: sent as `Authorization: Bearer …` or `X-Api-Key`. */
  token: z.string(),
  /** The HMAC-SHA256 key for `X-Signature` (hex SHA-256 of the token's secret part). */
  signingSecret: z.string(),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

/**
 * A lead sent by a marketing tool. Owner and partner are the CRM's to decide (the lead lands in
 * the free pool) and the source is always `inbound_api`.
 */
export const InboundLeadInput = LeadFields.omit({
  ownerId: true,
  partnerId: true,
  source: true,
}).extend({
  /** Left out on a resend, the lead keeps its tags. */
  tags: z.array(Tag).max(20).optional(),
  /** The sender's own id of the lead: sending it again updates the same lead. */
  externalId: z.string().trim().min(1).max(200),
});
export type InboundLeadInput = z.infer<typeof InboundLeadInput>;

export const InboundLeadReceipt = z.object({
  leadId: z.uuid(),
  /** False when the externalId was known: the lead was updated (or left as it was). */
  created: z.boolean(),
});
export type InboundLeadReceipt = z.infer<typeof InboundLeadReceipt>;
