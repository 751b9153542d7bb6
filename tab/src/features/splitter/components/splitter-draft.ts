import type {
  RoutingCondition,
  RoutingTextField,
  SplitterFilters,
  SplitterFilterSetting,
  SplitterFiltersInput,
} from '@channel-crm/domain';
import type { z } from 'zod';

export type ConditionKind = RoutingCondition['kind'];
export const CONDITION_KINDS: ConditionKind[] = [
  'tag',
  'source',
  'company',
  'country',
  'email_domain',
  'text_contains',
];
export const TEXT_FIELDS: RoutingTextField[] = [
  'company',
  'firstName',
  'lastName',
  'jobTitle',
  'email',
  'phone',
  'website',
];

/** A condition as typed: a list of choices is one comma-separated text. */
export type ConditionDraft = { kind: ConditionKind; field: RoutingTextField; text: string };
/** A co-owner as typed: the share in percent, as the user wrote it (33.34 or 33,34). */
export type CoOwnerDraft = { userId: string; percent: string };
export type FilterDraft = {
  id?: string;
  name: string;
  conditions: ConditionDraft[];
  coOwners: CoOwnerDraft[];
  runOnArrival: boolean;
};

const choicesOf = (text: string) =>
  text
    .split(',')
    .map((choice) => choice.trim())
    .filter(Boolean);

/** Basis points from a typed percentage; NaN when it is not a number. */
export const basisPointsOf = (percent: string) =>
  Math.round(Number(percent.trim().replace(',', '.')) * 100);

export const percentOf = (basisPoints: number) => String(basisPoints / 100);

export const totalOf = (coOwners: CoOwnerDraft[]) =>
  coOwners.reduce((sum, c) => sum + (basisPointsOf(c.percent) || 0), 0);

function conditionInput(draft: ConditionDraft): unknown {
  switch (draft.kind) {
    case 'company':
      return { kind: 'company', operator: 'contains', text: draft.text };
    case 'text_contains':
      return { kind: 'text_contains', field: draft.field, text: draft.text };
    case 'country':
      return { kind: 'country', anyOf: choicesOf(draft.text).map((c) => c.toUpperCase()) };
    default:
      return { kind: draft.kind, anyOf: choicesOf(draft.text) };
  }
}

/** What the API is sent; its schema checks it before it leaves (SplitterFiltersInput). */
export const inputOf = (drafts: FilterDraft[]): z.input<typeof SplitterFiltersInput> => ({
  filters: drafts.map((draft) => ({
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    // The schema refuses what is not one of its conditions, with the field that is wrong.
    conditions: draft.conditions.map(conditionInput) as RoutingCondition[],
    coOwners: draft.coOwners.map((c) => ({ userId: c.userId, share: basisPointsOf(c.percent) })),
    runOnArrival: draft.runOnArrival,
  })),
});

const conditionDraft = (condition: RoutingCondition): ConditionDraft => {
  const field: RoutingTextField = condition.kind === 'text_contains' ? condition.field : 'company';
  const text = 'anyOf' in condition ? condition.anyOf.join(', ') : condition.text;
  return { kind: condition.kind, field, text };
};

export const draftOf = (filter: SplitterFilterSetting): FilterDraft => ({
  id: filter.id,
  name: filter.name,
  conditions: filter.conditions.map(conditionDraft),
  coOwners: filter.coOwners.map((c) => ({ userId: c.userId, percent: percentOf(c.share) })),
  runOnArrival: filter.runOnArrival,
});

export const draftsOf = (filters: SplitterFilters) => filters.filters.map(draftOf);

export const newDraft = (name: string): FilterDraft => ({
  name,
  conditions: [{ kind: 'tag', field: 'company', text: '' }],
  coOwners: [],
  runOnArrival: false,
});
