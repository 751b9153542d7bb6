import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { ErrorState } from './components/ErrorState';
import { PageSkeleton } from './components/PageSkeleton';
import { useMe } from './me';
import { NavRail } from './NavRail';
import { RouteView } from './RouteView';
import { SpaceProvider } from './SpaceContext';
import { TopBar } from './TopBar';
import { useI18n } from './i18n/I18nProvider';
import { useHotkey } from './use-hotkey';
import { useStaleModalGuard } from './use-stale-modal-guard';

const CommandPalette = lazy(() =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette })),
);

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gridTemplateRows: '48px 1fr',
    gridTemplateAreas: '"nav top" "nav main"',
    height: '100vh',
  },
  main: {
    gridArea: 'main',
    overflow: 'auto',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalS },
  },
  skip: {
    position: 'absolute',
    left: '-9999px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10 },
  },
});

export function Shell() {
  const styles = useStyles();
  const { t } = useI18n();
  const me = useMe();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useHotkey('k', openPalette);
  useStaleModalGuard();

  if (me.isPending) return <PageSkeleton />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  return (
    <SpaceProvider me={me.data.user} spaces={me.data.spaces}>
      <div className={styles.layout}>
        <a className={styles.skip} href="#main-content">
          {t('app.skipToContent')}
        </a>
        <NavRail />
        <TopBar onOpenPalette={openPalette} />
        <main id="main-content" className={styles.main} tabIndex={-1}>
          <RouteView />
        </main>
      </div>
      {paletteOpen && (
        <Suspense fallback={null}>
          <CommandPalette open onClose={() => setPaletteOpen(false)} />
        </Suspense>
      )}
    </SpaceProvider>
  );
}
