import { discardDeadLetter, listDeadLetters, replayDeadLetter } from '@channel-crm/bot';
import * as contracts from '@channel-crm/domain/contracts';
import { botRuntime } from '../functions/messages';
import { bind, type Route } from '../http/route';

/** The admins' view of card deliveries that kept failing. */
export const deadLetterRoutes: Route[] = [
  bind(contracts.listDeadLetters, async (ctx) =>
    listDeadLetters((await botRuntime()).notifier.state, ctx),
  ),
  bind(contracts.replayDeadLetter, async (ctx, req) => {
    const { notifier } = await botRuntime();
    return replayDeadLetter(notifier.state, (d) => notifier.enqueue(d), ctx, req.params.key);
  }),
  bind(contracts.discardDeadLetter, async (ctx, req) =>
    discardDeadLetter((await botRuntime()).notifier.state, ctx, req.params.key),
  ),
];
