import type { Board, OpportunityListItem, Pipeline, Stage } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { moveOnBoard, replaceOnBoard, undoMove } from './board-cache';

const stage = (id: string, probability: number): Stage => ({
  id,
  name: id,
  probability,
  kind: 'open',
});
const stages = [stage('intro', 10), stage('proposal', 50), stage('negotiation', 80)];

const card = (id: string, stageId: string, amount: number): OpportunityListItem => {
  const { probability } = stages.find((s) => s.id === stageId)!;
  return {
    type: 'opportunity',
    id,
    tenantId: 't1',
    schemaVersion: 1,
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: 'u1',
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'u1',
    spaceId: 's1',
    name: `Deal ${id}`,
    ownerId: 'u1',
    coOwnerIds: [],
    pipelineId: 'p1',
    stageId,
    probability,
    status: 'open',
    locked: false,
    accountIds: [],
    participantIds: [],
    subscriberIds: [],
    tags: [],
    searchText: '',
    amount: { amount, currency: 'EUR' },
    accountName: `Account ${id}`,
  };
};

const board = (): Board => ({
  pipeline: { id: 'p1', name: 'Sales', stages } as Pipeline,
  columns: [
    {
      stage: stages[0]!,
      figures: { count: 40, amounts: { EUR: 900_000 }, weightedAmounts: { EUR: 90_000 } },
      opportunities: [card('a', 'intro', 10_000), card('b', 'intro', 20_000)],
      continuation: 'next-intro',
    },
    {
      stage: stages[1]!,
      figures: { count: 7, amounts: { EUR: 70_000 }, weightedAmounts: { EUR: 35_000 } },
      opportunities: [card('c', 'proposal', 5_000)],
    },
    {
      stage: stages[2]!,
      figures: { count: 0, amounts: {}, weightedAmounts: {} },
      opportunities: [],
    },
  ],
});

describe('the board cache', () => {
  it('moves a card to the top of its new column and its amount with it', () => {
    const moved = moveOnBoard(board(), 'b', stages[1]!);
    expect(moved.columns[0]!.opportunities.map((d) => d.id)).toEqual(['a']);
    expect(moved.columns[1]!.opportunities.map((d) => d.id)).toEqual(['b', 'c']);
    expect(moved.columns[1]!.opportunities[0]!.probability).toBe(50);
    expect(moved.columns[0]!.figures).toEqual({
      count: 39,
      amounts: { EUR: 880_000 },
      weightedAmounts: { EUR: 88_000 },
    });
    expect(moved.columns[1]!.figures).toEqual({
      count: 8,
      amounts: { EUR: 90_000 },
      weightedAmounts: { EUR: 45_000 },
    });
  });

  it('leaves the columns a move does not touch as they are, so they do not render again', () => {
    const before = board();
    const moved = moveOnBoard(before, 'b', stages[1]!);
    expect(moved.columns[2]).toBe(before.columns[2]);
    const confirmed = replaceOnBoard(moved, { ...moved.columns[1]!.opportunities[0]!, version: 2 });
    expect(confirmed.columns[0]).toBe(moved.columns[0]);
    expect(confirmed.columns[2]).toBe(moved.columns[2]);
  });

  it('takes the server version of the moved card and keeps its account name and place', () => {
    const moved = moveOnBoard(board(), 'a', stages[1]!);
    const { accountName: _shown, ...saved } = moved.columns[1]!.opportunities[0]!;
    const confirmed = replaceOnBoard(moved, { ...saved, version: 2 });
    expect(
      confirmed.columns[1]!.opportunities.map((d) => [d.id, d.version, d.accountName]),
    ).toEqual([
      ['a', 2, 'Account a'],
      ['c', 1, 'Account c'],
    ]);
    expect(confirmed.columns[1]!.figures).toEqual(moved.columns[1]!.figures);
  });

  it('puts a refused move back where the card was, with the figures it had', () => {
    const before = board();
    const moved = moveOnBoard(before, 'a', stages[2]!);
    const undone = undoMove(moved, before.columns[0]!.opportunities[0]!, 0);
    expect(undone.columns).toEqual(before.columns);
  });

  it('moves a card the server has in another stage (someone moved it meanwhile)', () => {
    const before = board();
    const elsewhere = { ...card('c', 'negotiation', 5_000), version: 3 };
    const fresh = replaceOnBoard(before, elsewhere);
    expect(fresh.columns[1]!.opportunities).toEqual([]);
    expect(fresh.columns[2]!.opportunities.map((d) => [d.id, d.version])).toEqual([['c', 3]]);
    expect(fresh.columns[2]!.figures!.count).toBe(1);
  });
});
