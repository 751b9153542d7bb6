/**
 * The one definition of the Cosmos DB database and containers: the store creates them
 * locally from here and infra/ (Bicep) is checked against it.
 */
export type ContainerDefinition = {
  id: string;
  partitionKeyPath: string;
  indexingPolicy: {
    indexingMode: 'consistent';
    automatic: true;
    includedPaths: { path: string }[];
    excludedPaths: { path: string }[];
    compositeIndexes: { path: string; order: 'ascending' | 'descending' }[][];
  };
  defaultTtl?: number;
};

export const DATABASE_ID = 'channel-crm';

const sortable = (field: string) => [
  [
    { path: '/type', order: 'ascending' as const },
    { path: `/${field}`, order: 'ascending' as const },
    { path: '/id', order: 'ascending' as const },
  ],
  [
    { path: '/type', order: 'ascending' as const },
    { path: `/${field}`, order: 'descending' as const },
    { path: '/id', order: 'descending' as const },
  ],
];

const activityOrder = (byPath: string) =>
  (
    [
      ['/dueAt', 'ascending'],
      ['/completedAt', 'descending'],
    ] as const
  ).map(([path, order]) => [
    { path: '/type', order: 'ascending' as const },
    { path: byPath, order: 'ascending' as const },
    { path: '/state', order: 'ascending' as const },
    { path, order },
    { path: '/id', order },
  ]);

export const CRM_CONTAINER: ContainerDefinition = {
  id: 'crm',
  partitionKeyPath: '/tenantId',
  // Time to live is on, with no default: a document lives until it says otherwise by its own
  // `ttl` (only idempotency records do, see api/src/http/idempotency.ts).
  defaultTtl: -1,
  indexingPolicy: {
    indexingMode: 'consistent',
    automatic: true,
    includedPaths: [{ path: '/*' }],
    excludedPaths: [
      { path: '/outbox/*' },
      // A record's planned activities are read with it, never queried.
      { path: '/plannedActivities/*' },
      { path: '/description/?' },
      { path: '/"_etag"/?' },
    ],
    compositeIndexes: [
      ...sortable('updatedAt'),
      ...sortable('createdAt'),
      ...sortable('sortName'),
      ...sortable('sortAmount'),
      ...sortable('expectedCloseDate'),
      // The store sorts by close date through sortCloseDate, which every document has.
      ...sortable('sortCloseDate'),
      [
        { path: '/type', order: 'ascending' },
        { path: '/recordId', order: 'ascending' },
        { path: '/at', order: 'descending' },
        { path: '/id', order: 'descending' },
      ],
      // Activities: "my tasks" by assignee and state, a record's activities by state; planned
      // ones by due date, done ones newest first.
      ...activityOrder('/assigneeId'),
      ...activityOrder('/record/recordId'),
    ],
  },
};

export const CONTAINERS: ContainerDefinition[] = [CRM_CONTAINER];
