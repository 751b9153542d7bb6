import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  AlertRegular,
  ArrowUploadRegular,
  BuildingRegular,
  ContactCardRegular,
  DocumentCopyRegular,
  DataFunnelRegular,
  PersonStarRegular,
  HomeRegular,
  SettingsRegular,
  TaskListLtrRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useLeadAttentionCount } from '../features/leads/hooks/use-lead-counter';
import { useTaskCount } from '../features/tasks/hooks/use-task-counter';
import { useI18n } from './i18n/I18nProvider';
import type { MessageKey } from './i18n/en';
import { hrefOf, useRoute } from './router';

type NavItem = {
  path: string;
  label: MessageKey;
  icon: ReactElement;
  counter?: number;
  /** What the counter counts, for screen readers. */
  counterLabel?: MessageKey;
};

/** Out of sight, still read by screen readers and part of the link's name. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

const useStyles = makeStyles({
  nav: {
    gridArea: 'nav',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    width: '200px',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 720px)': { width: '56px' },
  },
  brand: {
    height: '40px',
    display: 'flex',
    alignItems: 'center',
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalS,
    '@media (max-width: 720px)': { display: 'none' },
  },
  link: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // An indicator bar rather than a fill keeps the text readable in high contrast too.
  active: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorCompoundBrandStroke}`,
  },
  icon: { fontSize: '20px', display: 'flex' },
  // Narrow rails hide the label from sight only, so it still names the link.
  label: {
    flexGrow: 1,
    '@media (max-width: 720px)': visuallyHidden,
  },
  hidden: visuallyHidden,
  spacer: { flexGrow: 1 },
  counter: {
    minWidth: '16px',
    padding: '0 4px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    textAlign: 'center',
  },
});

export function NavRail() {
  const styles = useStyles();
  const { t } = useI18n();
  const route = useRoute();
  const attention = useLeadAttentionCount();
  const tasksDue = useTaskCount();
  const section = route.segments[0] ?? 'leads';

  const items: NavItem[] = [
    { path: '/my', label: 'nav.my', icon: <HomeRegular /> },
    {
      path: '/tasks',
      label: 'nav.tasks',
      icon: <TaskListLtrRegular />,
      counter: tasksDue,
      counterLabel: 'nav.tasksDue',
    },
    { path: '/leads', label: 'nav.leads', icon: <PersonStarRegular />, counter: attention },
    { path: '/opportunities', label: 'nav.opportunities', icon: <DataFunnelRegular /> },
    { path: '/accounts', label: 'nav.accounts', icon: <BuildingRegular /> },
    { path: '/contacts', label: 'nav.contacts', icon: <ContactCardRegular /> },
  ];

  const link = (item: NavItem) => {
    const active = `/${section}` === item.path;
    const label = t(item.label);
    const counterLabel = item.counter
      ? t(item.counterLabel ?? 'nav.attention', { count: item.counter })
      : undefined;
    return (
      <a
        key={item.path}
        href={hrefOf(item.path)}
        title={label}
        className={mergeClasses(styles.link, active && styles.active)}
        aria-current={active ? 'page' : undefined}
      >
        <span className={styles.icon} aria-hidden>
          {item.icon}
        </span>
        <span className={styles.label}>{label}</span>
        {counterLabel && <span className={styles.hidden}>, {counterLabel}</span>}
        {item.counter ? (
          <span className={styles.counter} aria-hidden>
            {item.counter > 99 ? '99+' : item.counter}
          </span>
        ) : null}
      </a>
    );
  };

  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <div className={styles.brand}>{t('app.name')}</div>
      {items.map(link)}
      <div className={styles.spacer} />
      {link({ path: '/duplicates', label: 'nav.duplicates', icon: <DocumentCopyRegular /> })}
      {link({ path: '/import', label: 'import.nav', icon: <ArrowUploadRegular /> })}
      {link({ path: '/notifications', label: 'nav.notifications', icon: <AlertRegular /> })}
      {link({ path: '/settings', label: 'nav.settings', icon: <SettingsRegular /> })}
    </nav>
  );
}
