import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { disqualifyLead } from './disqualify-lead';
import { getMyFigures } from './get-my-figures';

const { w: world } = worldPerFile();
let anna: Actor;
let ben: Actor;

const deal = async (
  who: Actor,
  spaceId: string,
  name: string,
  amount: number,
  currency: string,
  expectedCloseDate?: string,
) =>
  value(
    await createOpportunity(world.as(who), {
      spaceId,
      name,
      amount: { amount, currency },
      tags: [],
      ...(expectedCloseDate ? { expectedCloseDate } : {}),
    }),
  );

beforeAll(async () => {
  await world.pipeline(world.spaceA);
  await world.pipeline(world.spaceB);
  anna = world.actor('anna', 'seller', [world.spaceA, world.spaceB]);
  ben = world.actor('ben', 'seller', [world.spaceA]);
  // The world's clock starts on 2026-05-04.
  await deal(anna, world.spaceA, 'Overdue', 10_000, 'EUR', '2026-04-30');
  await deal(anna, world.spaceA, 'Later', 20_000, 'EUR', '2026-06-30');
  await deal(anna, world.spaceB, 'Nordic', 5_000, 'SEK');
  const won = await deal(anna, world.spaceA, 'Won', 7_000, 'EUR', '2026-01-01');
  value(await closeOpportunity(world.as(anna), won.id, { outcome: 'won', reason: 'Signed' }, 1));
  await deal(ben, world.spaceA, 'Bens', 30_000, 'EUR', '2026-01-01');
  for (const lastName of ['Keller', 'Novak', 'Dropped'])
    await world.lead(anna, world.spaceA, lastName);
  await world.lead(ben, world.spaceA, 'Other');
  const dropped = await world.lead(anna, world.spaceB, 'Gone');
  value(await disqualifyLead(world.as(anna), dropped.id, { reason: 'No budget' }, 1));
});

describe('My CRM figures', () => {
  it('counts my open leads and deals, and my deals past their close, across my spaces', async () => {
    const figures = value(await getMyFigures(world.as(anna), {}));
    expect(figures).toMatchObject({ openLeads: 3, openOpportunities: 3, overdueOpportunities: 1 });
  });

  it('sums the open stages of every pipeline of my spaces per currency, whoever owns the deals', async () => {
    const { pipeline } = value(await getMyFigures(world.as(anna), {}));
    expect(pipeline).toEqual({
      amounts: { EUR: 60_000, SEK: 5_000 },
      weightedAmounts: { EUR: 6_000, SEK: 500 },
    });
  });

  it('narrows everything to one space', async () => {
    const figures = value(await getMyFigures(world.as(anna), { spaceId: world.spaceB }));
    expect(figures).toEqual({
      openLeads: 0,
      openOpportunities: 1,
      overdueOpportunities: 0,
      pipeline: { amounts: { SEK: 5_000 }, weightedAmounts: { SEK: 500 } },
    });
  });

  it('does not answer for a space I am not in', async () => {
    const answer = await getMyFigures(world.as(ben), { spaceId: world.spaceB });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
