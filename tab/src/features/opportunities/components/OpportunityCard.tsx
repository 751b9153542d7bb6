import {
  Avatar,
  Button,
  Link,
  makeStyles,
  mergeClasses,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowMoveRegular,
  CalendarRegular,
  LockClosedRegular,
  TaskListLtrRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { localDateOf, type OpportunityListItem, type Stage } from '@channel-crm/domain';
import { memo, type KeyboardEvent } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { dueState } from '../../activities/components/due';
import { TagChips } from './TagChips';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    cursor: 'grab',
    boxSizing: 'border-box',
    height: '96px',
    overflow: 'hidden',
    ':hover': { boxShadow: tokens.shadow8 },
  },
  pending: { opacity: 0.7 },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: {
    flexGrow: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  bottom: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  due: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    color: tokens.colorNeutralForeground2,
  },
  next: { minWidth: 0, flexShrink: 1 },
  nextTitle: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  hiddenLabel: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
});

/**
 * A deal on the board. Memoised, with props that keep their identity (the board's cache keeps
 * untouched cards as they were): a move renders the moved card, not every card of its columns.
 */
export const OpportunityCard = memo(function OpportunityCard({
  opportunity,
  stages,
  ownerName,
  pending,
  onMove,
}: {
  opportunity: OpportunityListItem;
  stages: Stage[];
  ownerName?: string;
  pending: boolean;
  onMove: (opportunity: OpportunityListItem, to: Stage) => void;
}) {
  const styles = useStyles();
  const { t, money, shortDate } = useI18n();
  const { me } = useSpace();
  const now = new Date();
  // "Today" is the user's, in their profile's time zone as the server counts it.
  const today = localDateOf(now.toISOString(), me.timeZone);
  const overdue =
    opportunity.status === 'open' &&
    opportunity.expectedCloseDate !== undefined &&
    opportunity.expectedCloseDate < today;
  // The deal carries its next activity, so the card needs no query of its own.
  const next = opportunity.nextActivity;
  const nextOverdue = next !== undefined && dueState(next, now, me.timeZone) === 'overdue';
  const index = stages.findIndex((s) => s.id === opportunity.stageId);

  // Alt+←/→ moves to the neighbouring stage: the keyboard twin of dragging.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || opportunity.locked) return;
    const next =
      event.key === 'ArrowRight'
        ? stages[index + 1]
        : event.key === 'ArrowLeft'
          ? stages[index - 1]
          : undefined;
    if (!next) return;
    event.preventDefault();
    onMove(opportunity, next);
  };

  return (
    <div
      className={mergeClasses(styles.card, pending && styles.pending)}
      draggable={!opportunity.locked}
      data-opportunity-id={opportunity.id}
      data-pending={pending || undefined}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', opportunity.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
    >
      <div className={styles.top}>
        <Link
          className={styles.name}
          href={hrefOf(`/opportunities/${opportunity.id}`)}
          aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
        >
          {opportunity.name}
        </Link>
        {opportunity.locked && (
          <span role="img" aria-label={t('common.locked')} data-locked>
            <LockClosedRegular aria-hidden />
          </span>
        )}
        {!opportunity.locked && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowMoveRegular />}
                aria-label={`${t('opportunities.moveTo')} ${opportunity.name}`}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {stages
                  .filter((s) => s.id !== opportunity.stageId)
                  .map((s) => (
                    <MenuItem key={s.id} onClick={() => onMove(opportunity, s)}>
                      {s.name}
                    </MenuItem>
                  ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      <div className={styles.meta}>
        <Text size={200} className={styles.muted}>
          {opportunity.accountName ?? '\u00a0'}
        </Text>
        <TagChips tags={opportunity.tags} oneLine />
      </div>
      <div className={styles.bottom}>
        <Text weight="semibold">
          {opportunity.amount
            ? money(opportunity.amount.amount, opportunity.amount.currency)
            : t('common.none')}
        </Text>
        <span className={styles.grow} />
        {next ? (
          <Text
            size={200}
            className={mergeClasses(styles.due, styles.next, nextOverdue && styles.overdue)}
            data-next-activity
            data-overdue={nextOverdue || undefined}
          >
            {nextOverdue ? <WarningRegular aria-hidden /> : <TaskListLtrRegular aria-hidden />}
            <span className={styles.hiddenLabel}>
              {nextOverdue ? `${t('opportunities.overdue')} ` : ''}
              {t('activities.next')}{' '}
            </span>
            <span className={styles.nextTitle}>{next.title ?? t('activities.busy')}</span>
            {shortDate(next.dueAt)}
          </Text>
        ) : (
          opportunity.expectedCloseDate && (
            <Text
              size={200}
              className={mergeClasses(styles.due, overdue && styles.overdue)}
              data-close-date
              data-overdue={overdue || undefined}
            >
              <CalendarRegular aria-hidden />
              {overdue && <span className={styles.hiddenLabel}>{t('opportunities.overdue')} </span>}
              {shortDate(opportunity.expectedCloseDate)}
            </Text>
          )
        )}
        <Avatar size={20} name={ownerName} title={ownerName} aria-hidden />
      </div>
    </div>
  );
});
