import { describe, expect, it } from 'vitest';
import { RoutingCondition } from '../model/routing';
import { executeSplit, type SplitContext, type SplittableLead } from './split-execution';

const FILTER_ID = '9b8c7d6e-0000-4000-8000-000000000001';
const OTHER_FILTER_ID = '9b8c7d6e-0000-4000-8000-000000000002';

const filter = {
  id: FILTER_ID,
  conditions: [RoutingCondition.parse({ kind: 'tag', anyOf: ['fair-2026'] })],
  coOwners: [
    { userId: 'anna', share: 3334 },
    { userId: 'bartek', share: 3333 },
    { userId: 'cezary', share: 3333 },
  ],
};

const lead = (id: string, fields: Partial<SplittableLead> = {}): SplittableLead => ({
  id,
  source: 'csv',
  lastName: `Lead ${id}`,
  tags: ['fair-2026'],
  status: 'new',
  ...fields,
});

const allowed: SplitContext = { canSee: () => true, isActiveUser: () => true };

/** What a store would do with the outcomes: write the split onto each lead it splits. */
function apply(leads: SplittableLead[], outcomes: ReturnType<typeof executeSplit>) {
  return leads.map((l) => {
    const outcome = outcomes.find((o) => o.leadId === l.id);
    return outcome?.outcome === 'split'
      ? { ...l, split: { filterId: FILTER_ID, coOwners: outcome.coOwners } }
      : l;
  });
}

describe('executing a splitter filter', () => {
  it('gives every matching lead the co-owners and shares, and leaves the others alone', () => {
    const leads = [lead('1'), lead('2', { tags: ['other'] }), lead('3', { status: 'working' })];
    expect(executeSplit(filter, leads, allowed)).toEqual([
      { leadId: '1', outcome: 'split', coOwners: filter.coOwners },
      { leadId: '3', outcome: 'split', coOwners: filter.coOwners },
    ]);
  });

  it('changes nothing when executed again', () => {
    const leads = [lead('1'), lead('2'), lead('3', { status: 'qualified' })];
    const once = apply(leads, executeSplit(filter, leads, allowed));
    const second = executeSplit(filter, once, allowed);
    expect(second).toEqual([
      { leadId: '1', outcome: 'unchanged' },
      { leadId: '2', outcome: 'unchanged' },
      { leadId: '3', outcome: 'unprocessed', reason: 'lead_closed' },
    ]);
    expect(apply(once, second)).toEqual(once);
  });

  it('splits its own leads again after the filter’s shares were edited', () => {
    const before = [lead('1', { split: { filterId: FILTER_ID, coOwners: filter.coOwners } })];
    const edited = {
      ...filter,
      coOwners: [
        { userId: 'anna', share: 5000 },
        { userId: 'bartek', share: 5000 },
      ],
    };
    expect(executeSplit(edited, before, allowed)).toEqual([
      { leadId: '1', outcome: 'split', coOwners: edited.coOwners },
    ]);
  });

  it('lists a lead the executing user may not see as not visible, and nothing more', () => {
    const hidden = lead('1', { status: 'qualified' });
    const context = { ...allowed, canSee: (l: SplittableLead) => l.id !== '1' };
    expect(executeSplit(filter, [hidden, lead('2')], context)).toEqual([
      { leadId: '1', outcome: 'unprocessed', reason: 'not_visible' },
      { leadId: '2', outcome: 'split', coOwners: filter.coOwners },
    ]);
  });

  it('lists qualified and disqualified leads as closed', () => {
    const leads = [lead('1', { status: 'qualified' }), lead('2', { status: 'disqualified' })];
    expect(executeSplit(filter, leads, allowed)).toEqual([
      { leadId: '1', outcome: 'unprocessed', reason: 'lead_closed' },
      { leadId: '2', outcome: 'unprocessed', reason: 'lead_closed' },
    ]);
  });

  it('lists a lead another filter split, keeping that split', () => {
    const other = { filterId: OTHER_FILTER_ID, coOwners: filter.coOwners };
    expect(executeSplit(filter, [lead('1', { split: other })], allowed)).toEqual([
      { leadId: '1', outcome: 'unprocessed', reason: 'split_by_other_filter' },
    ]);
  });

  it('lists every lead it would split as unprocessed while a co-owner is inactive, naming them', () => {
    const context = { ...allowed, isActiveUser: (userId: string) => userId !== 'bartek' };
    expect(executeSplit(filter, [lead('1'), lead('2')], context)).toEqual([
      { leadId: '1', outcome: 'unprocessed', reason: 'inactive_user', userId: 'bartek' },
      { leadId: '2', outcome: 'unprocessed', reason: 'inactive_user', userId: 'bartek' },
    ]);
  });
});
