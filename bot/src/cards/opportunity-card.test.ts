import { describe, expect, it } from 'vitest';
import type { Opportunity, Pipeline } from '@channel-crm/domain';
import { CARD_LANGUAGES } from './card-text';
import { opportunityCard, type OpportunityCardInput } from './opportunity-card';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const long = (n: number) => 'Ż'.repeat(n);
const now = '2025-01-01T00:00:00.000Z';

const pipeline: Pipeline = {
  type: 'pipeline',
  id: uuid(1),
  tenantId: 't',
  spaceId: uuid(2),
  name: long(200),
  isDefault: true,
  schemaVersion: 1,
  version: 1,
  createdAt: now,
  createdBy: 'u',
  updatedAt: now,
  updatedBy: 'u',
  stages: Array.from({ length: 30 }, (_, i) => ({
    id: uuid(100 + i),
    name: long(200),
    probability: 50,
    kind: i === 28 ? ('won' as const) : i === 29 ? ('lost' as const) : ('open' as const),
  })),
};

const sample: Opportunity = {
  type: 'opportunity',
  id: uuid(3),
  tenantId: 't',
  spaceId: uuid(2),
  name: long(200),
  amount: { amount: 1e13, currency: 'EUR' },
  expectedCloseDate: '2025-02-01',
  ownerId: 'owner',
  coOwnerIds: [],
  tags: [],
  description: long(5000),
  pipelineId: uuid(1),
  stageId: uuid(100),
  probability: 10,
  status: 'open',
  locked: false,
  accountIds: [],
  participantIds: [],
  subscriberIds: [],
  searchText: '',
  schemaVersion: 1,
  version: 7,
  createdAt: now,
  createdBy: 'u',
  updatedAt: now,
  updatedBy: 'u',
};

const input = (over: Partial<OpportunityCardInput> = {}): OpportunityCardInput => ({
  opportunity: sample,
  pipeline,
  ownerName: long(200),
  locale: 'en',
  headline: long(500),
  notice: long(500),
  viewerCanEdit: true,
  viewerFollows: true,
  viewerMuted: false,
  tab: { appId: uuid(9), entityId: 'crm' },
  refreshUserIds: Array.from({ length: 200 }, (_, i) => `user-${i}`),
  actionId: uuid(10),
  eventId: uuid(11),
  ...over,
});

type Action = { type: string; title: string; verb?: string; data?: { version: number } };
const actionsOf = (c: ReturnType<typeof opportunityCard>) => (c.actions ?? []) as Action[];

describe('opportunity card', () => {
  it.each(Object.keys(CARD_LANGUAGES))(
    'stays under 28 KB with every field at its maximum length, in %s',
    (locale) => {
      for (const viewerMuted of [false, true]) {
        const c = opportunityCard(input({ locale, viewerMuted }));
        expect(Buffer.byteLength(JSON.stringify(c), 'utf8')).toBeLessThan(28 * 1024);
      }
    },
  );

  it('asks Teams to refresh for at most 60 viewers', () => {
    expect(opportunityCard(input()).refresh.userIds).toHaveLength(60);
  });

  it('offers an editor every action, with the version the card shows', () => {
    const titles = actionsOf(opportunityCard(input())).map((a) => a.title);
    expect(titles).toEqual([
      'Move stage',
      'Mark won / lost',
      'Add note',
      'Unfollow',
      'Mute',
      'Open in tab',
    ]);
    const refresh = opportunityCard(input()).refresh.action as Action;
    expect(refresh.data?.version).toBe(7);
  });

  it('offers "Open in channel" too when the space is pinned to a channel, personal link first', () => {
    const space = { id: uuid(2), channelId: '19:sales@thread.tacv2' };
    const links = actionsOf(opportunityCard(input({ space }))).filter(
      (a) => a.type === 'Action.OpenUrl',
    ) as (Action & { url: string })[];
    expect(links.map((a) => a.title)).toEqual(['Open in tab', 'Open in channel']);
    expect(links[0]!.url).toContain(`/l/entity/${uuid(9)}/crm?`);
    expect(links[1]!.url).toContain(`/l/entity/${uuid(9)}/${uuid(2)}?`);
    expect(decodeURIComponent(links[1]!.url)).toContain('"channelId":"19:sales@thread.tacv2"');
    const unpinned = actionsOf(opportunityCard(input({ space: { id: uuid(2) } })));
    expect(unpinned.map((a) => a.title)).not.toContain('Open in channel');
  });

  it('lists only the other open stages to move to', () => {
    const move = JSON.stringify(actionsOf(opportunityCard(input()))[0]);
    expect(move).toContain(uuid(101));
    expect(move).not.toContain(uuid(100));
    expect(move).not.toContain(uuid(128));
  });

  it('requires a reason to close and says so', () => {
    const close = JSON.stringify(actionsOf(opportunityCard(input()))[1]);
    expect(close).toContain('"isRequired":true');
    expect(close).toContain('A reason is required to close the deal');
  });

  it('shows a follower without edit rights only note, follow, mute (on a notification) and open', () => {
    const titles = actionsOf(
      opportunityCard(input({ viewerCanEdit: false, viewerFollows: false })),
    );
    expect(titles.map((a) => a.title)).toEqual(['Add note', 'Follow', 'Mute', 'Open in tab']);
    const plain = actionsOf(
      opportunityCard(input({ viewerCanEdit: false, viewerFollows: false, eventId: undefined })),
    );
    expect(plain.map((a) => a.title)).toEqual(['Add note', 'Follow', 'Open in tab']);
  });

  it('still takes notes on a won, locked deal, and nothing that would change it', () => {
    const won = { ...sample, status: 'won' as const, locked: true };
    const titles = actionsOf(opportunityCard(input({ opportunity: won }))).map((a) => a.title);
    expect(titles).toEqual(['Add note', 'Unfollow', 'Mute', 'Open in tab']);
    expect(JSON.stringify(opportunityCard(input({ opportunity: won })).body)).toContain('Won');
  });

  it('writes the amount as the viewer writes money, and the stage with its probability', () => {
    const priced = { ...sample, amount: { amount: 1_250_000, currency: 'EUR' }, probability: 40 };
    const facts = (locale: string) =>
      JSON.stringify(opportunityCard(input({ opportunity: priced, locale })).body);
    expect(facts('en')).toContain('€12,500');
    expect(facts('de')).toMatch(/12\.500\s€/);
    expect(facts('not a locale!')).toContain('€12,500');
    expect(facts('en')).toContain('(40 %)');
  });

  it('shows a viewer who muted the deal that they did, and Unmute instead of Mute', () => {
    for (const eventId of [uuid(11), undefined]) {
      const c = opportunityCard(input({ viewerCanEdit: false, viewerMuted: true, eventId }));
      expect(actionsOf(c).map((a) => a.title)).toEqual([
        'Add note',
        'Unfollow',
        'Unmute',
        'Open in tab',
      ]);
      expect(actionsOf(c)[2]!.verb).toBe('record.unmute');
      expect(JSON.stringify(c.body)).toContain('You muted this');
    }
    expect(JSON.stringify(opportunityCard(input()).body)).not.toContain('You muted this');
  });

  it('stays under 28 KB for a viewer who muted the deal', () => {
    const bytes = Buffer.byteLength(JSON.stringify(opportunityCard(input({ viewerMuted: true }))));
    expect(bytes).toBeLessThan(28 * 1024);
  });

  it('keeps user text from becoming markdown links', () => {
    const c = opportunityCard(input({ opportunity: { ...sample, name: '[click](http://evil)' } }));
    expect(JSON.stringify(c.body)).not.toContain('[click](http://evil)');
  });
});

describe('opportunity card in the viewer’s language', () => {
  const factTitles = (c: ReturnType<typeof opportunityCard>) =>
    JSON.stringify(c.body.find((e) => e.type === 'FactSet'));

  it('speaks German to a viewer in Germany or Austria, amounts included', () => {
    for (const locale of ['de-DE', 'de-AT']) {
      const priced = { ...sample, amount: { amount: 1_250_000, currency: 'EUR' } };
      const c = opportunityCard(input({ opportunity: priced, locale }));
      expect(factTitles(c)).toContain('"title":"Phase"');
      expect(factTitles(c)).toContain('"title":"Betrag"');
      expect(factTitles(c)).toContain('"value":"Offen"');
      expect(factTitles(c)).toContain('12.500');
      expect(actionsOf(c).map((a) => a.title)).toEqual([
        'Phase ändern',
        'Gewonnen / verloren',
        'Notiz hinzufügen',
        'Nicht mehr folgen',
        'Stummschalten',
        'In Registerkarte öffnen',
      ]);
      expect(JSON.stringify(actionsOf(c)[1])).toContain(
        'Zum Schließen der Verkaufschance ist ein Grund erforderlich',
      );
    }
  });

  it('tells a French viewer who muted the deal so, in French', () => {
    const c = opportunityCard(input({ locale: 'fr-FR', viewerCanEdit: false, viewerMuted: true }));
    expect(JSON.stringify(c.body)).toContain('Vous avez mis ceci en sourdine');
    expect(actionsOf(c).map((a) => a.title)).toEqual([
      'Ajouter une note',
      'Ne plus suivre',
      'Réactiver',
      'Ouvrir dans l’onglet',
    ]);
  });

  it('falls back to English for a language the bot does not speak', () => {
    for (const locale of ['ja-JP', 'not a locale!', '']) {
      const c = opportunityCard(input({ locale }));
      expect(factTitles(c)).toContain('"title":"Stage"');
      expect(actionsOf(c)[0]!.title).toBe('Move stage');
    }
  });
});
