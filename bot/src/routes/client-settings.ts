import { updateOwnSettings, type Actor } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import { contextFor } from '../views/record-card';
import type { IncomingActivity } from './activity';
import { isCardRefresh } from './invoke';

/**
 * Teams sends the user's locale and time zone with what they do: their profile follows, so a
 * digest comes at their own hour. A card refresh only reads, so it changes nothing here either;
 * a failure here never fails the user's turn.
 */
export async function rememberClientSettings(
  activity: IncomingActivity,
  services: BotServices,
  actor: Actor | undefined,
): Promise<void> {
  if (!actor || (!activity.locale && !activity.localTimezone)) return;
  if (isCardRefresh(activity)) return;
  try {
    await updateOwnSettings(contextFor(services, actor, `settings:${services.ids.uuid()}`), {
      locale: activity.locale,
      timeZone: activity.localTimezone,
    });
  } catch (error) {
    console.error('remembering the user’s locale and time zone failed:', error);
  }
}
