import type { Connector, ConnectorOutcome } from '../notifier/connector';

export type ConnectorClientOptions = {
  timeoutMs: number;
  /** Bearer token for the Bot Connector; undefined locally (empty app id sends no auth). */
  token?: (serviceUrl: string) => Promise<string | undefined>;
};

const join = (serviceUrl: string, path: string) => `${serviceUrl.replace(/\/+$/, '')}${path}`;

/**
 * The Bot Connector REST calls the sender makes, one attempt each: retries and rate limits are
 * the sender's decision, so nothing here retries on its own.
 */
export function createConnectorClient(options: ConnectorClientOptions): Connector {
  async function post(url: string, serviceUrl: string, body: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = await options.token?.(serviceUrl);
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const text = await res.text();
      return { res, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    } catch {
      return undefined;
    }
  }

  function failure(res: Response | undefined): Exclude<ConnectorOutcome, { kind: 'ok' }> {
    if (!res) return { kind: 'failed', status: 'timeout', retryable: true };
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after') ?? '1');
      return { kind: 'throttled', retryAfterMs: (Number.isFinite(seconds) ? seconds : 1) * 1000 };
    }
    return {
      kind: 'failed',
      status: res.status,
      retryable: res.status >= 500 || res.status === 408,
    };
  }

  return {
    async send(to, activity) {
      const url = join(
        to.serviceUrl,
        `/v3/conversations/${encodeURIComponent(to.conversationId)}/activities`,
      );
      const answer = await post(url, to.serviceUrl, activity);
      if (answer?.res.ok) return { kind: 'ok', id: String(answer.json.id ?? '') };
      return failure(answer?.res);
    },
    async createPersonalConversation(serviceUrl, tenantId, userId, botId) {
      const answer = await post(join(serviceUrl, '/v3/conversations'), serviceUrl, {
        bot: { id: botId },
        members: [{ id: userId }],
        isGroup: false,
        tenantId,
        channelData: { tenant: { id: tenantId } },
      });
      if (answer?.res.ok) return { kind: 'ok', conversationId: String(answer.json.id) };
      return failure(answer?.res);
    },
  };
}
