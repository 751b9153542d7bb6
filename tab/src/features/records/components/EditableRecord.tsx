import type { RecordType } from '@channel-crm/domain';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { RecordActivities } from '../../activities/components/RecordActivities';
import type { RecordSaver } from '../hooks/use-record-save';
import { ConflictDialog } from './ConflictDialog';
import { DetailsForm, type DetailField } from './DetailsForm';
import { RecordLayout } from './RecordLayout';
import { Timeline } from './Timeline';

/** A lead's or deal's space, whose members it may be assigned to; accounts and contacts have none. */
const spaceOf = (record: object): string | undefined =>
  'spaceId' in record && typeof record.spaceId === 'string' ? record.spaceId : undefined;

/**
 * A record page's body: the header, the details form (saved with If-Match, a conflict shown
 * in a dialog), the activities, the timeline and the side panel.
 */
export function EditableRecord<T extends { id: string; version: number }>({
  type,
  record,
  saver,
  fields,
  fieldLabel,
  schema,
  currency,
  disabled,
  describe,
  header,
  sideLabel,
  side,
}: {
  type: RecordType;
  record: T;
  saver: RecordSaver<T>;
  fields: DetailField[];
  fieldLabel: (field: string) => string;
  schema: z.ZodType;
  currency?: string;
  disabled?: boolean;
  describe?: (field: string, value: unknown) => string | undefined;
  header: ReactNode;
  sideLabel: string;
  side: ReactNode;
}) {
  return (
    <>
      <RecordLayout
        record={{ type, id: record.id }}
        header={header}
        sideLabel={sideLabel}
        details={
          <DetailsForm
            record={record}
            fields={fields}
            schema={schema}
            currency={currency}
            disabled={disabled}
            saving={saver.saving}
            serverError={saver.error}
            onSave={(changes) => saver.save(changes, record)}
          />
        }
        timeline={
          <>
            <RecordActivities
              record={{ type, id: record.id }}
              version={record.version}
              spaceId={spaceOf(record)}
              relatedTasks={type === 'opportunity' || type === 'account'}
            />
            <Timeline type={type} id={record.id} fieldLabel={fieldLabel} describe={describe} />
          </>
        }
        side={side}
      />
      <ConflictDialog
        conflict={saver.conflict}
        fieldLabel={fieldLabel}
        onReapply={saver.reapply}
        onKeepTheirs={saver.keepTheirs}
      />
    </>
  );
}
