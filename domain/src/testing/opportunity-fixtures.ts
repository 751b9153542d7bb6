import type { Opportunity } from '../model/opportunity';
import type { Pipeline, StageKind } from '../model/pipeline';

/** Test data for the deal rules (used by *.test.ts only). */
const meta = {
  tenantId: 't1',
  schemaVersion: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u1',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'u1',
};

/** Stage ids are `<pipeline id>-<lower-cased name>`. */
export const pipelineFixture = (id: string, stages: [string, StageKind, number][]): Pipeline => ({
  ...meta,
  type: 'pipeline',
  id,
  spaceId: 'space-1',
  name: `Pipeline ${id}`,
  isDefault: true,
  stages: stages.map(([name, kind, probability]) => ({
    id: `${id}-${name.toLowerCase()}`,
    name,
    kind,
    probability,
  })),
});

export const salesPipeline = pipelineFixture('p1', [
  ['Lead in', 'open', 10],
  ['Proposal', 'open', 50],
  ['Negotiation', 'open', 80],
  ['Won', 'won', 100],
  ['Lost', 'lost', 0],
]);

export const partnerPipeline = pipelineFixture('p2', [
  ['Intro', 'open', 20],
  ['Negotiation', 'open', 70],
  ['Signed', 'won', 100],
  ['Dropped', 'lost', 0],
]);

export const opportunityFixture = (over: Partial<Opportunity> = {}): Opportunity => ({
  ...meta,
  type: 'opportunity',
  id: 'd1',
  spaceId: 'space-1',
  name: 'Big deal',
  ownerId: 'u1',
  coOwnerIds: [],
  pipelineId: 'p1',
  stageId: 'p1-lead in',
  probability: 10,
  status: 'open',
  locked: false,
  accountIds: [],
  participantIds: [],
  subscriberIds: [],
  tags: [],
  searchText: 'big deal',
  ...over,
});
