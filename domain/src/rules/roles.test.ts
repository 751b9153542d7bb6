import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  addSubscriber,
  MAX_PARTICIPANTS,
  MAX_SUBSCRIBERS,
  removeParticipant,
  removeSubscriber,
  setContact,
  type RoleHolder,
} from './roles';

const record = (over: Partial<RoleHolder> = {}): RoleHolder => ({
  participantIds: [],
  subscriberIds: [],
  ...over,
});

describe('roles on a record', () => {
  it('sets the contact and takes them out of the other participants', () => {
    const next = setContact(record({ participantIds: ['c1', 'c2'] }), 'c2');
    expect(next).toEqual({ contactId: 'c2', participantIds: ['c1'], subscriberIds: [] });
  });

  it('adds and removes participants once each', () => {
    const added = addParticipant(record(), 'c1');
    if (!added.ok) throw new Error('expected ok');
    expect(added.value.participantIds).toEqual(['c1']);
    expect(addParticipant(added.value, 'c1')).toEqual({ ok: true, value: added.value });
    expect(removeParticipant(added.value, 'c1').participantIds).toEqual([]);
    const unchanged = record();
    expect(removeParticipant(unchanged, 'c9')).toBe(unchanged);
  });

  it('refuses the primary contact as a participant too', () => {
    expect(addParticipant(record({ contactId: 'c1' }), 'c1')).toMatchObject({
      ok: false,
      error: { rule: 'already_contact' },
    });
  });

  it('refuses participants and subscribers beyond the limits', () => {
    const many = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    expect(
      addParticipant(record({ participantIds: many(MAX_PARTICIPANTS, 'c') }), 'x'),
    ).toMatchObject({
      ok: false,
      error: { rule: 'too_many_participants' },
    });
    expect(addSubscriber(record({ subscriberIds: many(MAX_SUBSCRIBERS, 'u') }), 'x')).toMatchObject(
      {
        ok: false,
        error: { rule: 'too_many_subscribers' },
      },
    );
  });

  it('follows and unfollows idempotently: twice is the same as once', () => {
    const followed = addSubscriber(record(), 'me');
    if (!followed.ok) throw new Error('expected ok');
    expect(followed.value.subscriberIds).toEqual(['me']);
    const again = addSubscriber(followed.value, 'me');
    expect(again.ok && again.value).toBe(followed.value);
    const unfollowed = removeSubscriber(followed.value, 'me');
    expect(unfollowed.subscriberIds).toEqual([]);
    expect(removeSubscriber(unfollowed, 'me')).toBe(unfollowed);
  });
});
