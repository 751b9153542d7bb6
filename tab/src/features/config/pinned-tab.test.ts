import { describe, expect, it } from 'vitest';
import { pinnedEntityId, pinnedRoute, type PinnedView } from './pinned-tab';

const SPACE = '5d1c7a2e-9b3f-4e8a-a1c2-3d4e5f6a7b8c';
const ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';

const VIEWS: PinnedView[] = [
  { kind: 'space' },
  { kind: 'pipeline', pipelineId: ID },
  { kind: 'record', record: { type: 'opportunity', id: ID } },
  { kind: 'record', record: { type: 'contact', id: ID } },
];

describe('what a channel tab pins', () => {
  it('opens the board, one pipeline on it, or the record page', () => {
    expect(VIEWS.map(pinnedRoute)).toEqual([
      '/opportunities',
      `/opportunities?pipeline=${ID}`,
      `/opportunities/${ID}`,
      `/contacts/${ID}`,
    ]);
  });

  it("keeps the whole space's entityId the space's id, which the bot's Open in channel names", () => {
    expect(pinnedEntityId(SPACE, { kind: 'space' })).toBe(SPACE);
  });

  it('gives each pinned view of a space an entityId of its own', () => {
    const ids = VIEWS.map((view) => pinnedEntityId(SPACE, view));
    expect(new Set(ids).size).toBe(VIEWS.length);
    expect(ids.every((id) => id.startsWith(SPACE))).toBe(true);
  });
});
