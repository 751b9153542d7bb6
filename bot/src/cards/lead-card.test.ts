import { describe, expect, it } from 'vitest';
import type { Lead } from '@channel-crm/domain';
import { leadCard, type LeadCardInput } from './lead-card';

const now = '2025-01-01T00:00:00.000Z';
const lead: Lead = {
  type: 'lead',
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: 't',
  spaceId: '00000000-0000-4000-8000-000000000002',
  firstName: 'Zofia',
  lastName: 'Nowak',
  company: 'Nowak Logistics',
  email: 'zofia@nowak.example',
  phone: '+48 600 000 000',
  source: 'manual',
  tags: [],
  ownerId: 'owner',
  coOwnerIds: [],
  status: 'working',
  archived: false,
  participantIds: [],
  subscriberIds: ['viewer'],
  searchText: 'zofia nowak',
  schemaVersion: 1,
  version: 3,
  createdAt: now,
  createdBy: 'owner',
  updatedAt: now,
  updatedBy: 'owner',
};

const cardOf = (l: Lead, over: Partial<LeadCardInput> = {}) =>
  leadCard({
    lead: l,
    ownerName: 'Ola Owner',
    viewerFollows: true,
    viewerMuted: false,
    tab: { appId: 'app', entityId: 'my-crm' },
    refreshUserIds: ['viewer', 'owner'],
    actionId: 'action-1',
    ...over,
  });
const render = (l: Lead) => JSON.stringify(cardOf(l));
const titlesOf = (c: ReturnType<typeof leadCard>) =>
  (c.actions ?? []).map((a) => (a as { title: string }).title);

describe('lead card', () => {
  it('shows who the lead is, and its status in words', () => {
    expect(render(lead)).toContain('Zofia Nowak');
    expect(render(lead)).toContain('Nowak Logistics');
    expect(render(lead)).toContain('Being worked');
  });

  it('shows no personal data once the lead is anonymized, even if some were left', () => {
    const card = render({ ...lead, anonymizedAt: now });
    expect(card).toContain('Anonymized lead');
    for (const personal of ['Zofia', 'Nowak', 'zofia@nowak.example', '+48 600']) {
      expect(card).not.toContain(personal);
    }
  });

  it('offers a note, Mute on a notification, and a viewer who muted it the state and Unmute', () => {
    expect(titlesOf(cardOf(lead, { eventId: 'event-1' }))).toEqual([
      'Add note',
      'Unfollow',
      'Mute',
      'Open in tab',
    ]);
    expect(titlesOf(cardOf(lead))).toEqual(['Add note', 'Unfollow', 'Open in tab']);
    const muted = cardOf(lead, { viewerMuted: true });
    expect(titlesOf(muted)).toEqual(['Add note', 'Unfollow', 'Unmute', 'Open in tab']);
    expect(JSON.stringify(muted.body)).toContain('You muted this');
  });
});

describe('a split lead’s card', () => {
  const split: Lead = {
    ...lead,
    coOwnerIds: ['viewer'],
    shares: [
      { userId: 'owner', share: 6667 },
      { userId: 'viewer', share: 3333 },
    ],
  };

  it('names the share of the co-owner who receives it, in their language', () => {
    expect(JSON.stringify(cardOf(split, { viewerShare: 3333 }).body)).toContain(
      '{"title":"Your share","value":"33.33%"}',
    );
    // German writes the percent sign after a no-break space.
    expect(JSON.stringify(cardOf(split, { viewerShare: 3334, locale: 'de' }).body)).toContain(
      '{"title":"Ihr Anteil","value":"33,34\u00a0%"}',
    );
  });

  it('shows no share to a viewer who has none', () => {
    expect(JSON.stringify(cardOf(split))).not.toContain('Your share');
  });
});

describe('lead card in the viewer’s language', () => {
  it('shows a Polish viewer the status and actions in Polish', () => {
    const c = cardOf(lead, { locale: 'pl-PL', eventId: 'event-1' });
    expect(JSON.stringify(c.body)).toContain('"title":"Właściciel"');
    expect(JSON.stringify(c.body)).toContain('W toku');
    expect(titlesOf(c)).toEqual(['Dodaj notatkę', 'Przestań obserwować', 'Wycisz', 'Otwórz w CRM']);
  });

  it('names an anonymized lead in the viewer’s language', () => {
    const card = JSON.stringify(cardOf({ ...lead, anonymizedAt: now }, { locale: 'ro-RO' }));
    expect(card).toContain('Lead anonimizat');
    expect(card).not.toContain('Nowak');
  });

  it('offers Claim only on a pooled lead the viewer may take, and shows the priority', () => {
    const pooled = { ...lead, ownerId: undefined, priority: 'urgent' as const };
    expect(titlesOf(cardOf(pooled, { claimable: true }))).toContain('Claim');
    expect(titlesOf(cardOf(lead))).not.toContain('Claim');
    expect(render(pooled)).toContain('Urgent');
  });
});
