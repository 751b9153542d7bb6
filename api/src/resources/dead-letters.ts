import * as contracts from '@channel-crm/domain/contracts';
import { discardDeadLetter, listDeadLetters, replayDeadLetter } from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';
import { withNotifications } from './with-notifications';

/** The admins' view of card deliveries that kept failing. */
export const deadLetterRoutes: Route[] = [
  bind(contracts.listDeadLetters, async (ctx) => listDeadLetters(await withNotifications(ctx))),
  bind(contracts.replayDeadLetter, async (ctx, req) =>
    replayDeadLetter(await withNotifications(ctx), req.params.key),
  ),
  bind(contracts.discardDeadLetter, async (ctx, req) =>
    discardDeadLetter(await withNotifications(ctx), req.params.key),
  ),
];
