import {
  createLead,
  CreateLeadInput,
  uuidV5,
  type Actor,
  type Lead,
} from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import { errorCard } from '../cards/error-card';
import type { BotServices } from '../bot-services';
import { contextFor, leadCardFor, refusalCard } from '../views/record-card';
import type { IncomingActivity } from './activity';
import type { UserRoute } from './route';
import { spacesOf } from './space-roster';
import { commandText, isCommand, tenantOf, threadOf } from './teams';

const COMMAND = 'new lead';

/**
 * `new lead Ana Pop, Contoso` (or without the comma, the last word being the company): the
 * person's last word is their last name, the rest their first name. Undefined without a name.
 */
export function parseNewLead(text: string) {
  const comma = text.indexOf(',');
  const words = (comma >= 0 ? text.slice(0, comma) : text).trim().split(/\s+/).filter(Boolean);
  const company = comma >= 0 ? text.slice(comma + 1).trim() : words.length > 1 ? words.pop() : '';
  const lastName = words.pop();
  if (!lastName) return undefined;
  return {
    lastName,
    ...(words.length > 0 ? { firstName: words.join(' ') } : {}),
    ...(company ? { company } : {}),
  };
}

/** The CRM of this channel (or chat) when the user belongs to it, else their first one. */
async function spaceFor(a: IncomingActivity, services: BotServices, actor: Actor) {
  const pinned = await spacesOf(a, services, actor.tenantId);
  return pinned.find((s) => actor.spaceIds.includes(s.id))?.id ?? actor.spaceIds[0];
}

/**
 * One lead per message: Teams redelivers a message it thinks unanswered with the same activity
 * id, so the lead's id is derived from it (and the conversation and user, since activity ids
 * are unique only within a conversation). A message without an id gets a fresh one.
 */
const leadIdFor = (a: IncomingActivity, actor: Actor, uuid: () => string) =>
  a.id
    ? uuidV5(
        `teams-command:${tenantOf(a) ?? actor.tenantId}:${threadOf(a.conversation.id)}:${a.id}:${actor.userId}`,
      )
    : uuid();

/**
 * `new lead <name>, <company>`: a lead owned by the user, answered with its card. The same
 * message delivered again answers the same card and creates nothing.
 */
export const newLeadRoute: UserRoute = {
  kind: 'crmUser',
  name: 'command.new-lead',
  match: (a) => a.type === 'message' && isCommand(a, COMMAND),
  async handle({ turn, services, actor, t }) {
    const send = (card: Parameters<typeof attachment>[0]) =>
      turn.send({ type: 'message', attachments: [attachment(card)] });
    const fields = parseNewLead(commandText(turn.activity).slice(COMMAND.length));
    if (!fields) return send(errorCard(t.didNotWork, t.newLeadUsage));
    const spaceId = await spaceFor(turn.activity, services, actor);
    if (!spaceId) return send(errorCard(t.didNotWork, t.newLeadNoSpace));
    const input = CreateLeadInput.safeParse({ ...fields, spaceId });
    if (!input.success) return send(errorCard(t.didNotWork, t.newLeadUsage));
    const leadId = leadIdFor(turn.activity, actor, () => services.ids.uuid());
    const answer = async (lead: Lead) =>
      send(await leadCardFor(services, actor, lead, { notice: t.newLeadCreated }));
    const earlier = await services.store.leads.get(actor.tenantId, leadId);
    if (earlier) return answer(earlier);
    const ctx = contextFor(services, actor, `new-lead:${leadId}`);
    const created = await createLead(ctx, input.data, { id: leadId });
    if (created.ok) return answer(created.value);
    // A concurrent delivery of the same message may have created it first.
    const concurrent = await services.store.leads.get(actor.tenantId, leadId);
    return concurrent ? answer(concurrent) : send(refusalCard(created.error, t));
  },
};
