import * as contracts from '@channel-crm/domain/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answersCarryNextActivity } from './next-activity-answers';

describe('which answers may hold a next activity', () => {
  it('finds it in a record, a page of records and the board', () => {
    expect(answersCarryNextActivity(contracts.getLead.schemas.response)).toBe(true);
    expect(answersCarryNextActivity(contracts.listOpportunities.schemas.response)).toBe(true);
    expect(answersCarryNextActivity(contracts.getBoard.schemas.response)).toBe(true);
  });

  it('leaves out answers that hold no lead or deal', () => {
    expect(answersCarryNextActivity(contracts.getMe.schemas.response)).toBe(false);
    expect(answersCarryNextActivity(contracts.listContacts.schemas.response)).toBe(false);
    expect(answersCarryNextActivity(contracts.getTaskSettings.schemas.response)).toBe(false);
    expect(answersCarryNextActivity(undefined)).toBe(false);
  });

  it('counts a part the schema leaves open as one that may hold it', () => {
    expect(answersCarryNextActivity(z.object({ items: z.array(z.unknown()) }))).toBe(true);
  });

  it('ends on a recursive schema', () => {
    type Tree = { name: string; children: Tree[] };
    const Tree: z.ZodType<Tree> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(Tree) }),
    );
    expect(answersCarryNextActivity(Tree)).toBe(false);
  });
});
