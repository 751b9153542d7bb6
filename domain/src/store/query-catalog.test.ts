import type { SqlQuerySpec } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_CONTAINER } from './containers';
import type { ListQuery, Sort } from './ports';
import {
  countRecordsQuery,
  listRecordsQuery,
  ofTypeQuery,
  pendingOutboxQuery,
  summariesQuery,
  tenantDocumentsQuery,
  timelineQuery,
  myActivitiesQuery,
  countActivitiesQuery,
  calendarQuery,
  recordActivitiesQuery,
  allRecordActivitiesQuery,
  plannedRecordsQuery,
  unkeyedRecordsQuery,
  uncountedLeadsQuery,
} from './query-catalog';
import { startTestStore, type TestStore } from '../testing';

const after = { value: 'x', id: 'y' };
const fields: Sort['field'][] = ['updatedAt', 'createdAt', 'name', 'amount', 'expectedCloseDate'];
const fullQuery: ListQuery = {
  scope: { viewerId: 'u', spaceIds: ['s'], orOwnerIds: ['o'], partnerId: 'p' },
  ownerId: 'o',
  unassigned: true,
  accountId: 'a',
  contactId: 'c',
  status: 'open',
  statuses: ['new', 'working'],
  createdAfter: '2026-11-23T00:00:00.000Z',
  untouched: true,
  pipelineId: 'p',
  stageId: 's',
  tag: 't',
  text: 'x',
  archived: false,
  flagged: true,
  closesBefore: '2026-11-29',
};

/** Every query shape the store issues. */
const catalog: SqlQuerySpec[] = [
  ...['lead', 'opportunity', 'account', 'contact', 'user'].flatMap((type) =>
    fields.flatMap((field) =>
      (['asc', 'desc'] as const).flatMap((direction) => [
        listRecordsQuery('t', type, { ...fullQuery, sort: { field, direction } }, after).spec,
        listRecordsQuery(
          't',
          type,
          { scope: { viewerId: 'u' }, sort: { field, direction } },
          undefined,
        ).spec,
      ]),
    ),
  ),
  listRecordsQuery('t', 'lead', { scope: { viewerId: 'u' } }, undefined).spec,
  countRecordsQuery('t', 'opportunity', fullQuery),
  summariesQuery('t', ['p']),
  timelineQuery('t', 'r', undefined).spec,
  timelineQuery('t', 'r', after).spec,
  ofTypeQuery('t', 'user'),
  ofTypeQuery('t', 'pipeline', { name: 'spaceId', value: 's' }),
  ofTypeQuery('t', 'stage-summary', { name: 'pipelineId', value: 'p' }),
  ofTypeQuery('t', 'timeline', { name: 'recordId', value: 'r' }),
  tenantDocumentsQuery('t'),
  pendingOutboxQuery(),
  ...(['planned', 'done'] as const).flatMap((state) => [
    myActivitiesQuery('t', { assigneeId: 'u', state }, undefined).spec,
    myActivitiesQuery(
      't',
      {
        assigneeId: 'u',
        state,
        dueFrom: 'a',
        dueBefore: 'b',
        typeId: 'call',
        recordType: 'lead',
        recordId: 'r',
      },
      after,
    ).spec,
    recordActivitiesQuery('t', 'r', state, undefined).spec,
    recordActivitiesQuery('t', 'r', state, after).spec,
  ]),
  countActivitiesQuery('t', { assigneeId: 'u', state: 'planned', dueBefore: 'b' }),
  calendarQuery('t', ['u', 'v'], 'a', 'b'),
  allRecordActivitiesQuery('t', 'r'),
  plannedRecordsQuery('t', 'u'),
  unkeyedRecordsQuery('r', 50),
  uncountedLeadsQuery('r', 50, 2),
];

const orderBy = (query: string) => {
  const clause = /ORDER BY (.+)$/.exec(query)?.[1];
  return clause?.split(',').map((part) => {
    const [path, dir] = part.trim().split(/\s+/);
    return {
      path: `/${path!.replace(/^c\./, '').replace(/\./g, '/')}`,
      order: dir === 'DESC' ? 'descending' : 'ascending',
    };
  });
};

const flip = (order: string) => (order === 'ascending' ? 'descending' : 'ascending');

describe('query catalog', () => {
  it('every multi-field ORDER BY is served by a composite index', () => {
    const unserved = catalog
      .map((spec) => ({ query: spec.query, order: orderBy(spec.query) }))
      .filter(({ order }) => order && order.length > 1)
      .filter(
        ({ order }) =>
          !CRM_CONTAINER.indexingPolicy.compositeIndexes.some(
            (index) =>
              index.length === order!.length &&
              (index.every((p, i) => p.path === order![i]!.path && p.order === order![i]!.order) ||
                index.every(
                  (p, i) => p.path === order![i]!.path && p.order === flip(order![i]!.order),
                )),
          ),
      )
      .map(({ query }) => query);
    expect(unserved).toEqual([]);
  });

  it('every query but the cross-tenant sweeps (outbox, backfills) filters the tenant', () => {
    const unfiltered = catalog
      .filter((spec) => !spec.query.includes('c.tenantId = @tenantId'))
      .map((spec) => spec.query);
    expect(unfiltered).toEqual([
      pendingOutboxQuery().query,
      unkeyedRecordsQuery('r', 50).query,
      uncountedLeadsQuery('r', 50, 2).query,
    ]);
  });

  describe('on the server', () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await startTestStore();
    });
    afterAll(() => t.close());

    it('accepts every query', async () => {
      const refused: string[] = [];
      for (const spec of catalog) {
        await t.container.items
          .query(spec)
          .fetchAll()
          .catch((error: Error) => refused.push(`${spec.query}: ${error.message}`));
      }
      expect(refused).toEqual([]);
    });
  });
});
