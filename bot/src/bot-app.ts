import type { BotAuthSettings } from './adapter/bot-auth';
import type { BotHttpResponse } from './adapter/captured-response';
import { createBotAdapter, type BotHttpRequest } from './adapter/cloud-adapter';
import type { BotServices } from './bot-services';
import { BOT_ROUTES } from './routes/bot-routes';
import { malformedActivity, whyMalformed } from './routes/malformed-activity';
import { routeActivity } from './routes/router';
import { prepareTurn } from './routes/turn-steps';

export type { BotHttpRequest, BotHttpResponse };

/** The bot behind POST /api/messages. */
export type BotApp = { process(request: BotHttpRequest): Promise<BotHttpResponse> };

export function createBotApp(services: BotServices, auth: BotAuthSettings): BotApp {
  const adapter = createBotAdapter(auth);
  return {
    process: async (request) => {
      const malformed = whyMalformed(request.body);
      if (malformed) return malformedActivity(malformed);
      return adapter.process(request, async (turn) =>
        routeActivity(BOT_ROUTES, await prepareTurn(turn, services)),
      );
    },
  };
}
