import { listMyTasks, ListMyTasksInput, type Actor } from '@channel-crm/domain/server';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { CardText } from '../cards/card-text';
import { myDayCard } from '../cards/my-day-card';
import type { BotServices } from '../bot-services';
import { contextFor } from './record-card';
import { taskViewer } from './task-card';

/** The most tasks of each bucket one card lists; the tab's "My tasks" has them all. */
export const MY_DAY_LIMIT = 15;

/** The viewer's overdue and today's tasks (days in their time zone), through the API's use case. */
export async function myDayCardFor(
  services: BotServices,
  actor: Actor,
  t: CardText,
  notice?: string,
): Promise<AdaptiveCard> {
  const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
  const bucket = async (name: 'overdue' | 'today') => {
    const page = await listMyTasks(
      ctx,
      ListMyTasksInput.parse({ bucket: name, limit: MY_DAY_LIMIT }),
    );
    return page.ok ? page.value.items : [];
  };
  const [overdue, today] = await Promise.all([bucket('overdue'), bucket('today')]);
  return myDayCard(
    { overdue, today },
    await taskViewer(services, actor),
    services.tab,
    services.ids.uuid(),
    t,
    notice,
  );
}
