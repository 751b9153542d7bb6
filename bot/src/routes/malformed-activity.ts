import type { BotHttpResponse } from '../adapter/captured-response';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const filled = (value: unknown) => typeof value === 'string' && value.length > 0;

const objectOr = (value: unknown): Fields => (isObject(value) ? value : {});

/**
 * Why the bot cannot handle a posted activity: every turn needs its type, where to answer
 * (service URL and conversation), who sent it and their tenant. `undefined` when it can.
 */
export function whyMalformed(body: unknown): string | undefined {
  if (!isObject(body)) return 'The body is not an activity';
  if (!filled(body.type)) return 'The activity has no type';
  if (!filled(body.serviceUrl)) return 'The activity has no serviceUrl';
  const conversation = objectOr(body.conversation);
  if (!filled(conversation.id)) return 'The activity has no conversation';
  if (!filled(objectOr(body.from).id)) return 'The activity has no sender (from)';
  const tenant = objectOr(objectOr(body.channelData).tenant).id;
  if (!filled(tenant) && !filled(conversation.tenantId)) return 'The activity has no tenant';
  return undefined;
}

/** The 400 problem answered for a malformed activity, before any turn runs. */
export const malformedActivity = (detail: string): BotHttpResponse => ({
  status: 400,
  headers: { 'content-type': 'application/problem+json' },
  body: {
    type: 'https://channel-crm.dev/problems/validation',
    title: 'The activity is not valid',
    status: 400,
    detail,
    code: 'validation',
    params: {},
  },
});
