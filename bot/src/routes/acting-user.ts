import { buildActor, type Actor } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import type { IncomingActivity } from './activity';
import { tenantOf, userOf } from './teams';

/**
 * The CRM actor behind an activity: the tenant from the conversation, the user from `from`;
 * undefined when the CRM does not know them. Reads only (a refresh must write nothing).
 */
export async function actingUser(
  activity: IncomingActivity,
  services: BotServices,
): Promise<Actor | undefined> {
  const tenantId = tenantOf(activity);
  const userId = userOf(activity);
  if (!tenantId || !userId) return undefined;
  const actor = await buildActor(services.store, tenantId, userId);
  return actor.ok ? actor.value : undefined;
}
