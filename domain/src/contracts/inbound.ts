import {
  ApiKeySummary,
  CreateApiKeyInput,
  CreatedApiKey,
  InboundLeadInput,
  InboundLeadReceipt,
} from '../model/inbound';
import { contract, itemsOf } from './contract';

const tag = 'inbound';

/** The space, its list, then each key's last use (a space holds at most 10 keys). */
export const listApiKeys = contract({
  name: 'listApiKeys',
  roundTrips: 12,
  method: 'GET',
  path: '/spaces/{id}/api-keys',
  summary: "A space's API keys for inbound leads (never their secrets)",
  tag,
  response: itemsOf(ApiKeySummary),
});

/** Not idempotent: a replay would have to keep the token, which is shown once and never stored. */
export const createApiKey = contract({
  name: 'createApiKey',
  roundTrips: 4,
  method: 'POST',
  path: '/spaces/{id}/api-keys',
  summary: 'Create an API key for inbound leads; its token is in this answer only',
  tag,
  body: CreateApiKeyInput,
  response: CreatedApiKey,
  status: 201,
});

export const revokeApiKey = contract({
  name: 'revokeApiKey',
  roundTrips: 5,
  method: 'DELETE',
  path: '/spaces/{id}/api-keys/{keyId}',
  summary: 'Revoke an API key: requests with it are refused from now on',
  tag,
  status: 204,
});

/**
 * The key; its last use (once a minute); the lead by its derived id; then a create (the space,
 * the assignment rules, the batch) or an update (its read, the batch). A rule that assigns to
 * a team adds the teams, the members and the counter's read and write. A concurrent create of
 * the same externalId costs its 409's read and the update's: 12 at most, without a lost race
 * among concurrent updates or on the team's counter.
 */
export const receiveInboundLead = contract({
  name: 'receiveInboundLead',
  roundTrips: 12,
  method: 'POST',
  path: '/inbound/spaces/{spaceId}/leads',
  summary:
    'A lead from a marketing tool, by API key (optionally signed): a known externalId updates its lead',
  tag,
  auth: 'apiKey',
  body: InboundLeadInput,
  response: InboundLeadReceipt,
});
