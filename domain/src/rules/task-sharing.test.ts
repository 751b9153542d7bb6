import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Activity } from '../model/activity';
import type { PlannedActivity } from '../model/activity';
import { activityAccess, sharedActivity, withVisibleNextActivities } from './task-sharing';

const viewer = (role: Actor['role'], spaceIds: string[], userId = 'ben'): Actor => ({
  tenantId: 't',
  userId,
  name: userId,
  role,
  spaceIds,
  subordinateIds: [],
});

const call = (record: Partial<Activity['record']> = {}) => ({
  assigneeId: 'anna',
  createdBy: 'anna',
  typeId: 'call',
  record: {
    recordType: 'opportunity' as const,
    recordId: 'r',
    spaceId: 's1',
    title: 'Acme',
    ...record,
  },
});

describe('task sharing', () => {
  it('gives the assignee and the creator full access whatever is shared', () => {
    expect(activityAccess(viewer('seller', [], 'anna'), call(), { default: 'none' })).toBe('full');
    expect(
      activityAccess(viewer('seller', []), { ...call(), createdBy: 'ben' }, { default: 'none' }),
    ).toBe('full');
  });

  it('gives others the level shared for the type, else the default, else none', () => {
    const ben = viewer('seller', ['s1']);
    expect(activityAccess(ben, call(), undefined)).toBe('none');
    expect(activityAccess(ben, call(), { default: 'read' })).toBe('read');
    expect(activityAccess(ben, call(), { default: 'read', byType: { call: 'busy' } })).toBe('busy');
    expect(activityAccess(ben, call(), { default: 'none', byType: { call: 'full' } })).toBe('full');
  });

  it('caps at busy a viewer who may not see the related record', () => {
    const full = { default: 'full' as const };
    expect(activityAccess(viewer('seller', ['s2']), call(), full)).toBe('busy');
    expect(activityAccess(viewer('admin', []), call(), full)).toBe('full');
    expect(activityAccess(viewer('partner', ['s1']), call(), full)).toBe('busy');
    const onAccount = call({ recordType: 'account', spaceId: undefined, spaceIds: ['s3'] });
    expect(activityAccess(viewer('seller', ['s3']), onAccount, full)).toBe('full');
    expect(activityAccess(viewer('seller', ['s1']), onAccount, full)).toBe('busy');
    expect(
      activityAccess(viewer('seller', []), call({ recordType: 'contact', global: true }), full),
    ).toBe('full');
    expect(
      activityAccess(viewer('admin', []), call({ recordType: 'account', private: true }), full),
    ).toBe('busy');
  });

  it("shows a space's task to its members at the level shared, and only its slot to others", () => {
    const onSpace = call({ recordType: 'space', recordId: 's1', spaceId: 's1', title: 'France' });
    expect(activityAccess(viewer('seller', ['s1']), onSpace, { default: 'read' })).toBe('read');
    expect(activityAccess(viewer('seller', ['s1']), onSpace, { default: 'none' })).toBe('none');
    expect(activityAccess(viewer('seller', ['s2']), onSpace, { default: 'full' })).toBe('busy');
  });

  it('shows a busy slot without title, notes or record', () => {
    const activity = {
      ...call(),
      id: 'a1',
      title: 'Call Jane Doe about her divorce settlement',
      notes: 'private',
      dueAt: '2026-05-10T09:00:00.000Z',
      allDay: false,
      durationMinutes: 30,
    } as Activity;
    const shown = sharedActivity(activity, 'busy');
    expect(shown).toEqual({
      id: 'a1',
      dueAt: '2026-05-10T09:00:00.000Z',
      allDay: false,
      durationMinutes: 30,
      assigneeId: 'anna',
      busy: true,
    });
    expect(sharedActivity(activity, 'none')).toBeUndefined();
    expect(sharedActivity(activity, 'read')).toMatchObject({
      title: activity.title,
      access: 'read',
    });
  });
});

describe("a record's next activity", () => {
  const planned = (sharedAs: PlannedActivity['sharedAs']): PlannedActivity => ({
    id: 'a1',
    typeId: 'call',
    title: 'Call Jane',
    kind: 'call',
    dueAt: '2026-05-10T09:00:00.000Z',
    allDay: false,
    assigneeId: 'anna',
    createdBy: 'anna',
    sharedAs,
  });
  const board = (sharedAs: PlannedActivity['sharedAs']) => ({
    stages: [{ items: [{ id: 'd1', name: 'Acme', nextActivity: planned(sharedAs) }] }],
  });

  it('shows colleagues no more than the assignee shares, the assignee everything', () => {
    const ben = viewer('seller', ['s1']);
    expect(withVisibleNextActivities(ben, board('busy')).stages[0]!.items[0]).toEqual({
      id: 'd1',
      name: 'Acme',
      nextActivity: {
        id: 'a1',
        dueAt: '2026-05-10T09:00:00.000Z',
        allDay: false,
        assigneeId: 'anna',
        busy: true,
      },
    });
    expect(withVisibleNextActivities(ben, board('none')).stages[0]!.items[0]).toEqual({
      id: 'd1',
      name: 'Acme',
    });
    expect(
      withVisibleNextActivities(ben, board('read')).stages[0]!.items[0]!.nextActivity,
    ).toMatchObject({ title: 'Call Jane', kind: 'call' });
    const anna = viewer('seller', ['s1'], 'anna');
    expect(
      withVisibleNextActivities(anna, board('none')).stages[0]!.items[0]!.nextActivity,
    ).toEqual({
      id: 'a1',
      title: 'Call Jane',
      kind: 'call',
      dueAt: '2026-05-10T09:00:00.000Z',
      allDay: false,
      assigneeId: 'anna',
    });
  });

  it('answers what holds no next activity as it is', () => {
    const page = { items: [{ id: 'd1', tags: ['x'] }] };
    expect(withVisibleNextActivities(viewer('seller', []), page)).toBe(page);
  });
});
