import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { botRuntimeFromEnv, providedBotRuntime, type BotRuntime } from '@channel-crm/bot';
import { inUnitOfWork } from '@channel-crm/domain/server';
import { appServices } from '../services/app-services';
import { registerHttp } from './registry';

let fromEnv: Promise<BotRuntime> | undefined;

/** The bot the local host or a test installed; in Azure, the one app settings describe. */
export function botRuntime(): Promise<BotRuntime> {
  const provided = providedBotRuntime();
  if (provided) return provided;
  fromEnv ??= appServices()
    .then((services) => botRuntimeFromEnv(process.env, services))
    .catch((error: unknown) => {
      fromEnv = undefined;
      throw error;
    });
  return fromEnv;
}

async function readActivity(request: HttpRequest): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** POST /api/messages: the Bot Framework endpoint Teams calls (auth is botbuilder's). */
export async function messages(
  request: HttpRequest,
  context: InvocationContext,
): Promise<HttpResponseInit> {
  const bot = await botRuntime();
  try {
    const body = await readActivity(request);
    // A turn is a unit of work like an API request: a card verb's commit reuses its read.
    const { value: answer } = await inUnitOfWork(() =>
      bot.app.process({
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body,
      }),
    );
    return answer.body === undefined
      ? { status: answer.status, headers: answer.headers }
      : { status: answer.status, headers: answer.headers, jsonBody: answer.body };
  } catch (error) {
    context.error('messages failed', error);
    return { status: 500 };
  }
}

registerHttp('messages', {
  methods: ['POST'],
  route: 'messages',
  authLevel: 'anonymous',
  handler: messages,
});
