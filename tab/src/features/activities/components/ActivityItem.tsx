import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  MoreHorizontalRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type {
  ActivityView,
  CompletedActivity,
  RecordRef,
  SharedActivity,
} from '@channel-crm/domain';
import { useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { useActivityChange } from '../hooks/use-activity-change';
import { ActivityDialog } from './ActivityDialog';
import { dueState } from './due';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  body: { display: 'grid', minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  overdue: {
    color: tokens.colorPaletteRedForeground1,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
  },
  notes: { whiteSpace: 'pre-wrap', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex' },
});

type Dialog = 'edit' | 'reschedule' | 'delete' | undefined;

/** One activity of a record: what and when, and for a planned one the user may change, its actions. */
export function ActivityItem({
  activity,
  record,
  spaceId,
  typeName,
  now,
  onCompleted,
}: {
  activity: SharedActivity;
  record: RecordRef;
  spaceId: string | undefined;
  typeName: (typeId: string) => string | undefined;
  now: Date;
  /** With the completed activity: the next task the rules suggest, if any. */
  onCompleted: (completed: CompletedActivity) => void;
}) {
  const styles = useStyles();
  const { t, dateTime, date } = useI18n();
  const { nameOf } = useMembers(spaceId);
  const assignee = nameOf(activity.assigneeId) ?? t('record.colleague');
  const when = activity.allDay
    ? `${date(activity.dueAt)} · ${t('activities.allDay')}`
    : dateTime(activity.dueAt);

  if ('busy' in activity)
    return (
      <li className={styles.item} data-activity-id={activity.id}>
        <div className={styles.body}>
          <Text weight="semibold">{t('activities.busy')}</Text>
          <Text size={200} className={styles.meta}>
            {when} · {assignee}
          </Text>
        </div>
      </li>
    );
  return (
    <VisibleActivity
      {...{ activity, record, spaceId, typeName, now, when, assignee, onCompleted }}
    />
  );
}

function VisibleActivity({
  activity,
  record,
  spaceId,
  typeName,
  now,
  when,
  assignee,
  onCompleted,
}: {
  activity: ActivityView;
  record: RecordRef;
  spaceId: string | undefined;
  typeName: (typeId: string) => string | undefined;
  now: Date;
  when: string;
  assignee: string;
  onCompleted: (completed: CompletedActivity) => void;
}) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const errorText = useErrorText();
  const change = useActivityChange(record);
  const [dialog, setDialog] = useState<Dialog>();
  const { me } = useSpace();
  const planned = activity.state === 'planned';
  const overdue = planned && dueState(activity, now, me.timeZone) === 'overdue';
  const changeable = planned && activity.access === 'full';
  const kindName = typeName(activity.typeId) ?? activity.typeId;

  return (
    <li className={styles.item} data-activity-id={activity.id} data-overdue={overdue || undefined}>
      <div className={styles.body}>
        <Text weight="semibold">{activity.title}</Text>
        <Text size={200} className={styles.meta}>
          {planned
            ? kindName
            : `${t(`activities.logged.${activity.kind}`)} · ${dateTime(activity.completedAt ?? activity.dueAt)}`}
          {' · '}
          {t('activities.by', { name: assignee })}
        </Text>
        {planned && (
          <Text size={200} className={overdue ? styles.overdue : styles.meta}>
            {overdue && <WarningRegular aria-hidden />}
            {overdue && `${t('activities.overdue')} · `}
            {when}
          </Text>
        )}
        {change.complete.error !== null && (
          <Text size={200} role="alert">
            {errorText(change.complete.error)}
          </Text>
        )}
        {activity.notes && (
          <Text size={200} className={styles.notes}>
            {activity.notes}
          </Text>
        )}
      </div>
      {changeable && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            size="small"
            icon={<CheckmarkCircleRegular />}
            aria-label={t('activities.complete', { title: activity.title })}
            disabledFocusable={change.complete.isPending}
            onClick={() => change.complete.mutate(activity, { onSuccess: onCompleted })}
          />
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                appearance="subtle"
                size="small"
                icon={<MoreHorizontalRegular />}
                aria-label={t('activities.actions', { title: activity.title })}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem onClick={() => setDialog('reschedule')}>
                  {t('activities.reschedule')}
                </MenuItem>
                <MenuItem onClick={() => setDialog('edit')}>{t('activities.edit')}</MenuItem>
                <MenuItem onClick={() => setDialog('delete')}>{t('activities.delete')}</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      )}
      {(dialog === 'edit' || dialog === 'reschedule') && (
        <ActivityDialog
          record={record}
          spaceId={spaceId}
          mode={{ kind: dialog, activity }}
          title={
            dialog === 'edit'
              ? t('activities.editTitle')
              : t('activities.rescheduleTitle', { title: activity.title })
          }
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'delete' && (
        <FormDialog
          open
          title={t('activities.deleteTitle')}
          error={change.remove.error}
          busy={change.remove.isPending}
          submitLabel={t('activities.delete')}
          onSubmit={() => change.remove.mutate(activity, { onSuccess: () => setDialog(undefined) })}
          onClose={() => setDialog(undefined)}
        >
          <Text>{t('activities.deleteBody', { title: activity.title })}</Text>
        </FormDialog>
      )}
    </li>
  );
}
