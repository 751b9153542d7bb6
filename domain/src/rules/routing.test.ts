import { describe, expect, it } from 'vitest';
import { RoutingActions, RoutingCondition, type RoutingAssignment } from '../model/routing';
import {
  countryOfLead,
  firstMatchingRule,
  matchRule,
  routeLead,
  type RoutableLead,
  type RoutingRule,
} from './routing';

const lead = (fields: Partial<RoutableLead> = {}): RoutableLead => ({
  source: 'inbound_api',
  firstName: 'Zofia',
  lastName: 'Nowak',
  company: 'Łódzka Stal Sp. z o.o.',
  jobTitle: 'Head of Purchasing',
  email: 'zofia.nowak@Lodzka-Stal.pl',
  phone: '+48 601 234 567',
  website: 'https://lodzka-stal.pl',
  tags: ['Steel', 'fair-2026'],
  ...fields,
});

const condition = (input: unknown) => RoutingCondition.parse(input);

const ruleId = (n: number) => `7c0f4d2e-0000-4000-8000-00000000000${n}`;

const rule = (
  n: number,
  fields: Partial<Omit<RoutingRule, 'actions'>> & {
    assign?: RoutingAssignment;
    actions?: Partial<RoutingRule['actions']>;
  } = {},
): RoutingRule => ({
  id: ruleId(n),
  order: n,
  active: fields.active ?? true,
  conditions: fields.conditions ?? [],
  actions: RoutingActions.parse({ assign: fields.assign ?? { to: 'pool' }, ...fields.actions }),
});

const never = () => {
  throw new Error('no team in this rule');
};

describe('each routing condition', () => {
  it('source: holds for any of the sources listed', () => {
    const fromForms = [condition({ kind: 'source', anyOf: ['web_form', 'inbound_api'] })];
    expect(matchRule(lead(), fromForms)).toBe(true);
    expect(matchRule(lead({ source: 'csv' }), fromForms)).toBe(false);
  });

  it('country: the address country wins over the phone’s calling code', () => {
    const dach = [condition({ kind: 'country', anyOf: ['DE', 'AT', 'CH'] })];
    expect(matchRule(lead({ phone: '+49 30 1234567' }), dach)).toBe(true);
    expect(matchRule(lead({ phone: '0043 1 234 5678' }), dach)).toBe(true);
    expect(matchRule(lead(), dach)).toBe(false);
    expect(matchRule(lead({ country: 'ch' }), dach)).toBe(true);
    expect(matchRule(lead({ phone: '+49 30 1234567', country: 'PL' }), dach)).toBe(false);
  });

  it('country: a shared calling code is told apart by its area code; a national number names none', () => {
    expect(countryOfLead(lead({ phone: '+1 212 555 0100' }))).toBe('US');
    expect(countryOfLead(lead({ phone: '601 234 567' }))).toBeUndefined();
    expect(countryOfLead(lead({ phone: undefined }))).toBeUndefined();
  });

  it('company equals: the whole name, ignoring case, accents and spacing', () => {
    const equals = [
      condition({ kind: 'company', operator: 'equals', text: 'lodzka  stal sp. z o.o.' }),
    ];
    expect(matchRule(lead(), equals)).toBe(true);
    expect(matchRule(lead({ company: 'Łódzka Stal' }), equals)).toBe(false);
    expect(matchRule(lead({ company: undefined }), equals)).toBe(false);
  });

  it('company contains: any part of the name', () => {
    const steel = [condition({ kind: 'company', operator: 'contains', text: 'STAL' })];
    expect(matchRule(lead(), steel)).toBe(true);
    expect(matchRule(lead({ company: 'Bäckerei Müller' }), steel)).toBe(false);
    expect(matchRule(lead({ company: undefined }), steel)).toBe(false);
  });

  it('tag: holds when the lead has any of the tags, in any case', () => {
    expect(matchRule(lead(), [condition({ kind: 'tag', anyOf: ['vip', 'steel'] })])).toBe(true);
    expect(matchRule(lead(), [condition({ kind: 'tag', anyOf: ['vip'] })])).toBe(false);
    expect(matchRule(lead({ tags: [] }), [condition({ kind: 'tag', anyOf: ['steel'] })])).toBe(
      false,
    );
  });

  it('e-mail domain: the exact domain after @, in any case', () => {
    const domains = [condition({ kind: 'email_domain', anyOf: ['LODZKA-STAL.PL', 'stal.pl'] })];
    expect(matchRule(lead(), domains)).toBe(true);
    expect(matchRule(lead({ email: 'a@mail.lodzka-stal.pl' }), domains)).toBe(false);
    expect(matchRule(lead({ email: undefined }), domains)).toBe(false);
  });

  it('text contains: looks only into the field chosen', () => {
    const buyer = [condition({ kind: 'text_contains', field: 'jobTitle', text: 'purchasing' })];
    expect(matchRule(lead(), buyer)).toBe(true);
    expect(matchRule(lead({ jobTitle: undefined, company: 'Purchasing Ltd' }), buyer)).toBe(false);
    const zofia = [condition({ kind: 'text_contains', field: 'firstName', text: 'ZOF' })];
    expect(matchRule(lead(), zofia)).toBe(true);
  });

  it('all conditions must hold, and none at all matches every lead', () => {
    const both = [
      condition({ kind: 'source', anyOf: ['inbound_api'] }),
      condition({ kind: 'country', anyOf: ['DE'] }),
    ];
    expect(matchRule(lead(), both)).toBe(false);
    expect(matchRule(lead({ phone: '+49 89 123456' }), both)).toBe(true);
    expect(matchRule(lead(), [])).toBe(true);
  });
});

describe('choosing the rule', () => {
  const polish = [condition({ kind: 'country', anyOf: ['PL'] })];

  it('tries rules by their order, not their place in the list, and the first match wins', () => {
    const rules = [rule(3, { conditions: polish }), rule(1, { conditions: polish }), rule(2)];
    expect(firstMatchingRule(lead(), rules)?.id).toBe(ruleId(1));
  });

  it('skips inactive rules', () => {
    const rules = [rule(1, { conditions: polish, active: false }), rule(2, { conditions: polish })];
    expect(firstMatchingRule(lead(), rules)?.id).toBe(ruleId(2));
  });

  it('leaves a lead no rule matches in the free pool', () => {
    const rules = [rule(1, { conditions: polish, assign: { to: 'user', userId: 'anna' } })];
    expect(routeLead(lead({ phone: '+33 1 23 45 67 89' }), rules, never)).toEqual({
      addTags: [],
      notify: [],
    });
  });
});

describe('each routing action', () => {
  it('assigns to a user', () => {
    const decision = routeLead(
      lead(),
      [rule(1, { assign: { to: 'user', userId: 'anna' } })],
      never,
    );
    expect(decision).toMatchObject({ ruleId: ruleId(1), assignTo: 'anna' });
    expect(decision.teamId).toBeUndefined();
  });

  it('assigns to the team member whose turn it is', () => {
    const teamId = '3e7a9b10-0000-4000-8000-000000000001';
    const rules = [rule(1, { assign: { to: 'team', teamId } })];
    const asked: string[] = [];
    const decision = routeLead(lead(), rules, (team) => {
      asked.push(team);
      return 'bartek';
    });
    expect(asked).toEqual([teamId]);
    expect(decision).toMatchObject({ ruleId: ruleId(1), teamId, assignTo: 'bartek' });
  });

  it('leaves the lead in the pool when nobody in the team is available', () => {
    const teamId = '3e7a9b10-0000-4000-8000-000000000001';
    const decision = routeLead(
      lead(),
      [rule(1, { assign: { to: 'team', teamId } })],
      () => undefined,
    );
    expect(decision).toMatchObject({ ruleId: ruleId(1), teamId });
    expect(decision.assignTo).toBeUndefined();
  });

  it('keeps a matching lead in the pool when the rule says so, still applying its actions', () => {
    const rules = [rule(1, { actions: { priority: 'high', addTags: ['fair'] } })];
    expect(routeLead(lead(), rules, never)).toEqual({
      ruleId: ruleId(1),
      priority: 'high',
      addTags: ['fair'],
      notify: [],
    });
  });

  it('sets a priority', () => {
    const rules = [rule(1, { actions: { priority: 'urgent' } })];
    expect(routeLead(lead(), rules, never).priority).toBe('urgent');
  });

  it('adds only the tags the lead lacks, and no more than its 20-tag limit allows', () => {
    const rules = [rule(1, { actions: { addTags: ['STEEL', 'Inbound', 'Poland'] } })];
    expect(routeLead(lead(), rules, never).addTags).toEqual(['Inbound', 'Poland']);
    const nineteen = Array.from({ length: 19 }, (_, i) => `t${i}`);
    expect(routeLead(lead({ tags: nineteen }), rules, never).addTags).toEqual(['STEEL']);
  });

  it('notifies the people the rule names', () => {
    const rules = [rule(1, { actions: { notify: ['anna', 'cezary'] } })];
    expect(routeLead(lead(), rules, never).notify).toEqual(['anna', 'cezary']);
  });
});
