import { randomUUID } from 'node:crypto';
import type { Lead, TimelineEntry } from '@channel-crm/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { teamActivity } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { pinSpaceToTeam } from '../support/bot-scenario';

type Input = { type: string; id: string; value?: string; choices?: { value: string }[] };
type Dialog = {
  task: {
    type: string;
    value: { title: string; card: { content: { body: (Input & { text?: string })[] } } };
  };
};

let h: BotHarness;
const [france, dach] = DEMO_TENANTS[0]!.spaces.map((s) => s.id) as [string, string];
const TEAM = '19:dach-team@thread.tacv2';
const CHANNEL = '19:dach-leads@thread.tacv2';

const manager = teamsPerson('Jonas Becker');
const seller = teamsPerson('Élodie Martin');

/** A message a customer's contact posted in the DACH team's channel, as Teams describes it. */
const customerMessage = (id = `${Date.now()}${Math.floor(Math.random() * 1000)}`) => ({
  id,
  replyToId: null,
  messageType: 'message',
  createdDateTime: new Date().toISOString(),
  importance: 'normal',
  locale: 'en-us',
  linkToMessage: `https://teams.microsoft.com/l/message/${encodeURIComponent(CHANNEL)}/${id}?tenantId=${manager.tenantId}`,
  from: {
    user: { id: randomUUID(), displayName: 'Greta Vogel', userIdentityType: 'aadUser' },
  },
  body: {
    contentType: 'html',
    content:
      '<p>Hallo, wir brauchen 40 Lizenzen.</p><p>Greta Vogel, Einkauf<br>greta.vogel@fabrikam-logistik.de<br>+49 30 1234 5678</p>',
  },
  attachments: [],
  mentions: [],
  reactions: [],
});

type Message = ReturnType<typeof customerMessage>;

/** What Teams posts when a user picks the action on a message, then submits the dialog. */
const actionInvoke = (
  user: typeof manager,
  name: 'composeExtension/fetchTask' | 'composeExtension/submitAction',
  message: Message,
  data?: Record<string, string>,
) =>
  teamActivity(
    h.emulator.serviceUrl,
    { tenantId: user.tenantId, teamId: TEAM, conversationId: `${CHANNEL};messageid=${message.id}` },
    { id: `29:${user.userId}`, aadObjectId: user.userId },
    {
      type: 'invoke',
      name,
      locale: 'en-US',
      value: {
        commandId: 'createLeadFromMessage',
        commandContext: 'message',
        context: { theme: 'default' },
        messagePayload: message,
        ...(data ? { data } : {}),
      },
    },
  );

async function fetchDialog(user: typeof manager, message: Message) {
  const reply = await h.post(actionInvoke(user, 'composeExtension/fetchTask', message));
  expect(reply.status).toBe(200);
  const dialog = reply.body as Dialog;
  expect(dialog.task.type).toBe('continue');
  return dialog.task.value.card.content.body;
}

/** The dialog's inputs as Teams sends them back on submit (every value a string). */
const valuesOf = (body: Input[]) =>
  Object.fromEntries(
    body.filter((e) => e.type.startsWith('Input.')).map((e) => [e.id, e.value ?? '']),
  );

const submit = (user: typeof manager, message: Message, data: Record<string, string>) =>
  h.post(actionInvoke(user, 'composeExtension/submitAction', message, data));

const leadsNamed = async (user: typeof manager, lastName: string) => {
  const page = await h.t.request('GET', `/leads?text=${encodeURIComponent(lastName)}`, {
    token: await h.t.tokenFor(user.userId),
  });
  return (page.body as { items: Lead[] }).items.filter((l) => l.lastName === lastName);
};

beforeAll(async () => {
  h = await startBotHarness();
  await pinSpaceToTeam(h, manager.tenantId, dach, TEAM);
}, 120_000);
afterAll(() => h?.close());

describe('"create a lead from this message" over /api/messages', () => {
  it('opens a dialog prefilled from the message and its author, in the channel’s space', async () => {
    const body = await fetchDialog(manager, customerMessage());
    expect(valuesOf(body)).toEqual({
      firstName: 'Greta',
      lastName: 'Vogel',
      company: 'Fabrikam Logistik',
      email: 'greta.vogel@fabrikam-logistik.de',
      phone: '+49 30 1234 5678',
      spaceId: dach,
    });
    const spaces = body.find((e) => e.id === 'spaceId')!.choices!.map((c) => c.value);
    expect(spaces.sort()).toEqual([france, dach].sort());
  });

  it('creates one lead, linked from its timeline to the message, however often it is submitted', async () => {
    const message = customerMessage();
    const values = { ...valuesOf(await fetchDialog(manager, message)), lastName: 'Vogel-Once' };
    const replies = await Promise.all([
      submit(manager, message, values),
      submit(manager, message, values),
    ]);
    replies.push(await submit(manager, message, values));
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        composeExtension: {
          type: 'message',
          text: 'Lead created: Greta Vogel-Once. Its timeline links to the message.',
        },
      });
    }
    const leads = await leadsNamed(manager, 'Vogel-Once');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({
      spaceId: dach,
      ownerId: manager.userId,
      company: 'Fabrikam Logistik',
      email: 'greta.vogel@fabrikam-logistik.de',
      phone: '+49 30 1234 5678',
    });
    const timeline = await h.t.request('GET', `/leads/${leads[0]!.id}/timeline`, {
      token: await h.t.tokenFor(manager.userId),
    });
    const notes = (timeline.body as { items: TimelineEntry[] }).items.filter(
      (e) => e.kind === 'note',
    );
    expect(notes.map((n) => n.text)).toEqual([
      `Created from a Teams message: ${message.linkToMessage}`,
    ]);
  });

  it('shows the dialog again with what was wrong, keeping what the user typed', async () => {
    const message = customerMessage();
    const values = { ...valuesOf(await fetchDialog(manager, message)), lastName: 'Vogel-Bad' };
    const reply = await submit(manager, message, { ...values, email: 'greta at fabrikam' });
    expect(reply.status).toBe(200);
    const body = (reply.body as Dialog).task.value.card.content.body;
    expect(body[0]).toMatchObject({ type: 'TextBlock', color: 'attention' });
    expect(body[0]!.text).toMatch(/e-mail/i);
    expect(valuesOf(body)).toMatchObject({ lastName: 'Vogel-Bad', email: 'greta at fabrikam' });
    expect(await leadsNamed(manager, 'Vogel-Bad')).toEqual([]);
  });

  it('tells someone the CRM does not know that it does not know them, creating nothing', async () => {
    const stranger = { ...manager, userId: randomUUID() };
    for (const name of ['composeExtension/fetchTask', 'composeExtension/submitAction'] as const) {
      const reply = await h.post(
        actionInvoke(stranger, name, customerMessage(), { lastName: 'Vogel-Stranger' }),
      );
      expect(reply).toEqual({
        status: 200,
        body: {
          composeExtension: {
            type: 'message',
            text: 'You are not a user of this CRM yet: open the CRM tab once, then try again.',
          },
        },
      });
    }
    expect(await leadsNamed(manager, 'Vogel-Stranger')).toEqual([]);
  });

  it('creates the lead with the user’s own permissions: not in a space they do not belong to', async () => {
    const message = customerMessage();
    const body = await fetchDialog(seller, message);
    expect(body.find((e) => e.id === 'spaceId')!.choices!.map((c) => c.value)).toEqual([france]);
    const values = { ...valuesOf(body), lastName: 'Vogel-Elsewhere', spaceId: dach };
    const reply = await submit(seller, message, values);
    expect((reply.body as Dialog).task.value.card.content.body[0]).toMatchObject({
      color: 'attention',
    });
    expect(await leadsNamed(manager, 'Vogel-Elsewhere')).toEqual([]);
  });
});
