import type { ImportField, ImportRecordType } from '@channel-crm/domain';
import type { MessageKey } from '../../../shell/i18n/en';

/** The label of each field a column can fill: the record forms' own where they have one. */
export const FIELD_LABELS: Record<ImportField, MessageKey> = {
  fullName: 'import.field.fullName',
  firstName: 'common.firstName',
  lastName: 'common.lastName',
  company: 'common.company',
  jobTitle: 'common.jobTitle',
  email: 'common.email',
  phone: 'common.phone',
  website: 'common.website',
  tags: 'common.tags',
  name: 'common.name',
  address: 'import.field.address',
  industry: 'import.field.industry',
  registrationNumber: 'import.field.registrationNumber',
  vatNumber: 'import.field.vatNumber',
};

/** The record types a file can fill, named as in the navigation. */
export const RECORD_TYPE_LABELS: Record<ImportRecordType, MessageKey> = {
  lead: 'nav.leads',
  contact: 'nav.contacts',
  account: 'nav.accounts',
};
