import {
  personName,
  type AccountMergeChoices,
  type ContactMergeChoices,
  type KeyedRecordDocument,
  type KeyedRecordType,
  type LeadMergeChoices,
} from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../shell/api-client';
import type { I18n } from '../../shell/i18n/create-i18n';
import type { MessageKey } from '../../shell/i18n/en';

/** Which record's value a merged field keeps. */
export type MergeSide = 'survivor' | 'merged';

export type MergeRequest = {
  survivorId: string;
  mergedId: string;
  values: Record<string, MergeSide>;
  /** The survivor's version, for If-Match. */
  version: number;
};

/** A field shown side by side, and how its value reads. */
export type PairField = {
  field: string;
  label: MessageKey;
  show?: (value: string, t: I18n['t']) => string;
};

export type DuplicateRecordType = {
  /** The name of the type in the type picker. */
  label: MessageKey;
  /** Where one record of the type opens: `${path}/${id}`. */
  path: string;
  /** The fields a merge chooses from (those the merge endpoint takes). */
  fields: PairField[];
  merge: (request: MergeRequest) => Promise<KeyedRecordDocument>;
};

const LEAD_FIELDS: (PairField & { field: keyof LeadMergeChoices })[] = [
  { field: 'firstName', label: 'common.firstName' },
  { field: 'lastName', label: 'common.lastName' },
  { field: 'company', label: 'common.company' },
  { field: 'jobTitle', label: 'common.jobTitle' },
  { field: 'email', label: 'common.email' },
  { field: 'phone', label: 'common.phone' },
  { field: 'website', label: 'common.website' },
  {
    field: 'source',
    label: 'leads.source',
    show: (value, t) => t(`leads.source.${value}` as MessageKey),
  },
];

const CONTACT_FIELDS: (PairField & { field: keyof ContactMergeChoices })[] = [
  { field: 'firstName', label: 'common.firstName' },
  { field: 'lastName', label: 'common.lastName' },
  { field: 'jobTitle', label: 'common.jobTitle' },
  { field: 'email', label: 'common.email' },
  { field: 'phone', label: 'common.phone' },
];

const ACCOUNT_FIELDS: (PairField & { field: keyof AccountMergeChoices })[] = [
  { field: 'name', label: 'common.name' },
  { field: 'email', label: 'common.email' },
  { field: 'phone', label: 'common.phone' },
  { field: 'website', label: 'common.website' },
  { field: 'industry', label: 'accounts.industry' },
];

type MergeContract =
  typeof contracts.mergeLead | typeof contracts.mergeContact | typeof contracts.mergeAccount;

/** Merges through one type's contract; the chosen fields are those of the type's field list. */
const mergeThrough =
  (contract: MergeContract) =>
  ({ survivorId, mergedId, values, version }: MergeRequest): Promise<KeyedRecordDocument> =>
    call(contract, { params: { id: survivorId }, body: { mergedId, values }, version });

/**
 * Each record type of the duplicates view: the fields a pair chooses between (text fields its
 * merge endpoint takes; the others keep the survivor's value, or take the other's when blank)
 * and the merge itself.
 */
export const DUPLICATE_RECORD_TYPES: Record<KeyedRecordType, DuplicateRecordType> = {
  lead: {
    label: 'leads.title',
    path: '/leads',
    fields: LEAD_FIELDS,
    merge: mergeThrough(contracts.mergeLead),
  },
  contact: {
    label: 'contacts.title',
    path: '/contacts',
    fields: CONTACT_FIELDS,
    merge: mergeThrough(contracts.mergeContact),
  },
  account: {
    label: 'accounts.title',
    path: '/accounts',
    fields: ACCOUNT_FIELDS,
    merge: mergeThrough(contracts.mergeAccount),
  },
};

export const DUPLICATE_TYPE_ORDER: KeyedRecordType[] = ['lead', 'contact', 'account'];

/** The name a record goes by in a pair. */
export const pairTitle = (record: KeyedRecordDocument): string =>
  record.type === 'account'
    ? record.name
    : personName(record) || (record.type === 'lead' ? (record.company ?? '') : '');

/** A field's stored value as text; blank when it has none. */
export const fieldText = (record: KeyedRecordDocument, field: string): string => {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
};
