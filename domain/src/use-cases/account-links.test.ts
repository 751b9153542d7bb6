import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { linkOpportunityAccount } from './link-account';
import { setOpportunityPrimaryAccount } from './set-primary-account';
import { unlinkOpportunityAccount } from './unlink-account';

const { w: world } = worldPerFile();
let anna: Actor;

beforeAll(async () => {
  await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
});

const newOpportunity = async () =>
  value(
    await createOpportunity(world.as(anna), { spaceId: world.spaceA, name: 'Links', tags: [] }),
  );

describe('accounts on a deal', () => {
  it('makes the first linked primary, moves the star, promotes the next on unlink', async () => {
    const opportunity = await newOpportunity();
    const [a, b, c] = [
      await world.account(world.spaceA, 'Alpha GmbH'),
      await world.account(world.spaceA, 'Beta SA'),
      await world.account(world.spaceA, 'Gamma sp. z o.o.'),
    ];
    let v = 1;
    for (const account of [a, b, c]) {
      const linked = value(
        await linkOpportunityAccount(world.as(anna), opportunity.id, { accountId: account.id }, v),
      );
      v = linked.version;
    }
    const starred = value(
      await setOpportunityPrimaryAccount(world.as(anna), opportunity.id, { accountId: c.id }, v),
    );
    expect(starred).toMatchObject({ accountIds: [a.id, b.id, c.id], primaryAccountId: c.id });
    const unlinked = value(
      await unlinkOpportunityAccount(
        world.as(anna),
        opportunity.id,
        { accountId: c.id },
        starred.version,
      ),
    );
    expect(unlinked).toMatchObject({ accountIds: [a.id, b.id], primaryAccountId: a.id });
    const pending = (await world.store.outbox.pending(1000)).find(
      (i) => i.record.id === opportunity.id,
    );
    expect(pending?.events.at(-1)?.changes).toEqual([
      { field: 'accountIds', old: [a.id, b.id, c.id], new: [a.id, b.id] },
      { field: 'primaryAccountId', old: c.id, new: a.id },
    ]);
  });

  it('refuses an account the seller may not see, starring an unlinked one, and a locked deal', async () => {
    const opportunity = await newOpportunity();
    const hidden = await world.account(world.spaceB, 'Hidden AG');
    const refused = await linkOpportunityAccount(
      world.as(anna),
      opportunity.id,
      { accountId: hidden.id },
      1,
    );
    expect(!refused.ok && refused.error.kind).toBe('not_found');
    const visible = await world.account(world.spaceA, 'Visible AB');
    const star = await setOpportunityPrimaryAccount(
      world.as(anna),
      opportunity.id,
      { accountId: visible.id },
      1,
    );
    expect(!star.ok && star.error).toMatchObject({ rule: 'account_not_linked' });
    const won = value(
      await closeOpportunity(
        world.as(anna),
        opportunity.id,
        { outcome: 'won', reason: 'Signed' },
        1,
      ),
    );
    const locked = await linkOpportunityAccount(
      world.as(anna),
      opportunity.id,
      { accountId: visible.id },
      won.version,
    );
    expect(!locked.ok && locked.error).toMatchObject({ rule: 'opportunity_locked' });
  });
});
