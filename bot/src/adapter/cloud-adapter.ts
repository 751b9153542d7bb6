import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  TeamsInfo,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { IncomingActivity, TurnHandler } from '../routes/activity';
import type { BotAuthSettings } from './bot-auth';
import { captureResponse, type BotHttpResponse } from './captured-response';

export type BotHttpRequest = {
  method: string;
  headers: Record<string, string>;
  body: unknown;
};

export type BotAdapter = {
  /** Authenticates one POST to /api/messages, runs the turn and answers what Teams expects. */
  process(request: BotHttpRequest, onTurn: TurnHandler): Promise<BotHttpResponse>;
};

/**
 * Bot Framework's public cloud endpoints. botbuilder uses all of them as soon as one is given,
 * so overriding where channel tokens are checked (tests) restates the others.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl:
    'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
};

function authConfig(settings: BotAuthSettings) {
  const overridden = settings.openIdMetadataUrl || settings.tokenIssuer;
  return {
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppType: settings.appType ?? (settings.appId ? 'SingleTenant' : ''),
    MicrosoftAppTenantId: settings.tenantId ?? '',
    MicrosoftAppPassword: settings.password ?? '',
    ...(overridden
      ? {
          ...PUBLIC_CLOUD,
          ...(settings.openIdMetadataUrl
            ? { ToBotFromChannelOpenIdMetadataUrl: settings.openIdMetadataUrl }
            : {}),
          ...(settings.tokenIssuer ? { ToBotFromChannelTokenIssuer: settings.tokenIssuer } : {}),
        }
      : {}),
  };
}

/**
 * botbuilder lets a token with a bad signature through as a plain error (500): every failure
 * to authenticate a request is a 401.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string) {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(`Unauthorized: ${String(error)}`, StatusCodes.UNAUTHORIZED);
    }
  }
}

/**
 * botbuilder's CloudAdapter: with an empty app id it checks nothing and sends no auth header
 * (local runs against the Bot Connector emulator); with credentials it validates every
 * request's Bot Framework token and answers 401 without one.
 */
export function createBotAdapter(
  settings: BotAuthSettings,
  log: (message: string, error?: unknown) => void = console.error,
): BotAdapter {
  const adapter = new CloudAdapter(new StrictAuthentication(authConfig(settings)));
  adapter.onTurnError = async (_context, error) => {
    log('bot: turn failed', error);
    throw error;
  };

  const runTurn = (onTurn: TurnHandler) => async (context: TurnContext) => {
    const answer = await onTurn({
      activity: context.activity as unknown as IncomingActivity,
      send: async (activity) => {
        await context.sendActivity(activity);
      },
      roster: async () => {
        const members = [];
        let continuationToken: string | undefined;
        do {
          const page = await TeamsInfo.getPagedMembers(context, 500, continuationToken);
          members.push(...page.members);
          continuationToken = page.continuationToken;
        } while (continuationToken);
        return members;
      },
      member: (id) => TeamsInfo.getMember(context, id).catch(() => undefined),
    });
    if (answer) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: answer });
    }
  };

  return {
    async process(request, onTurn) {
      const { response, result } = captureResponse();
      const body =
        typeof request.body === 'object' && request.body !== null
          ? (request.body as Record<string, unknown>)
          : undefined;
      await adapter.process(
        { method: request.method, headers: request.headers, ...(body ? { body } : {}) },
        response,
        runTurn(onTurn),
      );
      return result;
    },
  };
}
