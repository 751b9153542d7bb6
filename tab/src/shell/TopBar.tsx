import { Avatar, Button, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { SearchRegular, SignOutRegular } from '@fluentui/react-icons';
import { useI18n } from './i18n/I18nProvider';
import { useSession } from './SessionContext';
import { useSpace } from './SpaceContext';

const useStyles = makeStyles({
  bar: {
    gridArea: 'top',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  space: { minWidth: '140px', maxWidth: '240px' },
  search: {
    flexGrow: 1,
    maxWidth: '420px',
    justifyContent: 'flex-start',
    color: tokens.colorNeutralForeground3,
    '@media (max-width: 600px)': { flexGrow: 0 },
  },
  searchLabel: { '@media (max-width: 600px)': { display: 'none' } },
  grow: { flexGrow: 1 },
});

export function TopBar({ onOpenPalette }: { onOpenPalette: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { me, spaces, space, fixed, selectSpace } = useSpace();
  const session = useSession();

  return (
    <header className={styles.bar}>
      {fixed ? (
        <Text weight="semibold">{space?.name}</Text>
      ) : (
        <Select
          className={styles.space}
          aria-label={t('top.space')}
          value={space?.id ?? ''}
          onChange={(_, data) => selectSpace(data.value)}
        >
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      )}
      <Button
        className={styles.search}
        appearance="outline"
        icon={<SearchRegular />}
        onClick={onOpenPalette}
        aria-keyshortcuts="Control+K Meta+K"
        aria-label={t('top.search')}
        title={t('top.palette')}
      >
        <span className={styles.searchLabel}>{t('top.search')}</span>
      </Button>
      <div className={styles.grow} />
      <Avatar name={me.name} size={28} title={me.name} />
      {session.signOut && (
        <Button
          appearance="subtle"
          icon={<SignOutRegular />}
          aria-label={t('signout')}
          title={t('signout')}
          onClick={session.signOut}
        />
      )}
    </header>
  );
}
