import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf } from '../field-errors';
import {
  CreateAssignmentRuleInput,
  CreateSalesTeamInput,
  CreateSplitterFilterInput,
  RoutingCondition,
  UpdateAssignmentRuleInput,
  UpdateSplitterFilterInput,
} from './routing';

const SPACE_ID = '1d2e3f40-0000-4000-8000-000000000001';
const TEAM_ID = '1d2e3f40-0000-4000-8000-000000000002';

/** Each problem as `path code: message`, the way the API reports it. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? []
    : fieldErrorsOf(parsed.error.issues).map((f) => `${f.path} ${f.code}: ${f.message}`);
}

describe('an assignment rule as an admin enters it', () => {
  const rule = {
    spaceId: SPACE_ID,
    name: 'German inbound to the DACH team',
    order: 1,
    conditions: [
      { kind: 'source', anyOf: ['inbound_api', 'web_form'] },
      { kind: 'country', anyOf: ['DE', 'AT'] },
    ],
    actions: { assign: { to: 'team', teamId: TEAM_ID }, priority: 'high' },
  };

  it('is active, adds no tags and notifies nobody unless told', () => {
    expect(CreateAssignmentRuleInput.parse(rule)).toMatchObject({
      active: true,
      actions: { addTags: [], notify: [] },
    });
  });

  it('changes only what a patch sends, never resetting the rest to defaults', () => {
    expect(UpdateAssignmentRuleInput.parse({ name: 'Renamed' })).toEqual({ name: 'Renamed' });
  });

  it('takes every kind of condition, with e-mail domains lower-cased', () => {
    const all = [
      { kind: 'source', anyOf: ['csv'] },
      { kind: 'country', anyOf: ['PL'] },
      { kind: 'company', operator: 'contains', text: 'Stal' },
      { kind: 'tag', anyOf: ['fair'] },
      { kind: 'email_domain', anyOf: [' Example.COM '] },
      { kind: 'text_contains', field: 'jobTitle', text: 'buyer' },
    ];
    const parsed = CreateAssignmentRuleInput.parse({ ...rule, conditions: all });
    expect(parsed.conditions).toHaveLength(6);
    expect(parsed.conditions[4]).toEqual({ kind: 'email_domain', anyOf: ['example.com'] });
  });

  it('refuses a condition with nothing to choose from, and one of an unknown kind', () => {
    expect(problems(RoutingCondition, { kind: 'tag', anyOf: [] })).toEqual([
      'anyOf field.too_few: choose at least one',
    ]);
    expect(problems(RoutingCondition, { kind: 'mood', anyOf: ['happy'] })).toHaveLength(1);
    expect(problems(RoutingCondition, { kind: 'country', anyOf: ['Poland'] })).toEqual([
      'anyOf.0 field.invalid_format: an ISO 3166-1 alpha-2 code such as PL',
    ]);
    expect(problems(RoutingCondition, { kind: 'email_domain', anyOf: ['@example.com'] })).toEqual([
      'anyOf.0 field.invalid_format: a domain such as example.com, without @',
    ]);
  });

  it('needs exactly one assignment, complete', () => {
    const withAssign = (assign: unknown) => ({ ...rule, actions: { assign } });
    expect(problems(CreateAssignmentRuleInput, withAssign({ to: 'pool' }))).toEqual([]);
    expect(problems(CreateAssignmentRuleInput, { ...rule, actions: {} })).toEqual([
      'actions.assign field.required: Invalid input: expected object, received undefined',
    ]);
    expect(problems(CreateAssignmentRuleInput, withAssign({ to: 'user' }))).toEqual([
      'actions.assign.userId field.required: Invalid input: expected string, received undefined',
    ]);
  });

  it('refuses a priority it does not know and a tag added twice', () => {
    const actions = {
      assign: { to: 'pool' },
      priority: 'asap',
      addTags: ['Fair', 'fair'],
    };
    expect(
      problems(CreateAssignmentRuleInput, { ...rule, actions }).map((p) => p.split(':')[0]),
    ).toEqual([
      'actions.priority field.invalid_option',
      expect.stringMatching(/^actions\.addTags\.1 field\./),
    ]);
  });
});

describe('a sales team', () => {
  const team = (members: unknown) => ({ spaceId: SPACE_ID, name: 'DACH', members });

  it('weighs each member from 1 to 100, in whole numbers', () => {
    expect(problems(CreateSalesTeamInput, team([{ userId: 'anna', weight: 2 }]))).toEqual([]);
    expect(
      problems(
        CreateSalesTeamInput,
        team([
          { userId: 'anna', weight: 0 },
          { userId: 'bartek', weight: 101 },
          { userId: 'cezary', weight: 1.5 },
        ]),
      ).map((p) => p.split(':')[0]),
    ).toEqual([
      'members.0.weight field.too_small',
      'members.1.weight field.too_big',
      'members.2.weight field.invalid_type',
    ]);
  });

  it('has at least one member, each once', () => {
    expect(problems(CreateSalesTeamInput, team([]))).toEqual([
      'members field.too_few: a team has at least one member',
    ]);
    expect(
      problems(
        CreateSalesTeamInput,
        team([
          { userId: 'anna', weight: 1 },
          { userId: 'anna', weight: 2 },
        ]),
      ),
    ).toEqual([expect.stringMatching(/^members\.1\.userId field\.\w+: Already in the list$/)]);
  });
});

describe('a splitter filter', () => {
  const filter = (coOwners: unknown, conditions: unknown = [{ kind: 'tag', anyOf: ['fair'] }]) => ({
    spaceId: SPACE_ID,
    name: 'Fair leads, three ways',
    conditions,
    coOwners,
  });
  const thirds = [
    { userId: 'anna', share: 3334 },
    { userId: 'bartek', share: 3333 },
    { userId: 'cezary', share: 3333 },
  ];

  it('runs only on Execute unless told to run on arrival', () => {
    expect(CreateSplitterFilterInput.parse(filter(thirds)).runOnArrival).toBe(false);
  });

  it('keeps running on arrival when a patch only renames it', () => {
    expect(UpdateSplitterFilterInput.parse({ name: 'Renamed' })).toEqual({ name: 'Renamed' });
  });

  it('needs shares that add up to exactly 100 %', () => {
    const short = thirds.map((c) => ({ ...c, share: 3333 }));
    expect(problems(CreateSplitterFilterInput, filter(short))).toEqual([
      'coOwners field.shares_total: The shares add up to 99.99 %, not 100 %',
    ]);
  });

  it('needs two or more co-owners and at least one condition', () => {
    expect(
      problems(CreateSplitterFilterInput, filter([{ userId: 'anna', share: 9999 }], [])).map(
        (p) => p.split(':')[0],
      ),
    ).toEqual([
      'conditions field.too_few',
      'coOwners field.too_few',
      'coOwners field.shares_total',
    ]);
  });
});
