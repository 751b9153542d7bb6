import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { ErrorState } from './components/ErrorState';
import { useHost } from './HostContext';
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
  // A meeting's side panel is 320 px wide: the page alone, no navigation.
  panel: { gridTemplateColumns: '1fr', gridTemplateRows: '1fr', gridTemplateAreas: '"main"' },
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
  const panel = useHost().frame === 'meeting';
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useHotkey('k', openPalette);
  useStaleModalGuard();

  if (me.isPending) return <PageSkeleton />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  return (
    <SpaceProvider me={me.data.user} spaces={me.data.spaces}>
      <div className={mergeClasses(styles.layout, panel && styles.panel)}>
        <a className={styles.skip} href="#main-content">
          {t('app.skipToContent')}
        </a>
        {!panel && <NavRail />}
        {!panel && <TopBar onOpenPalette={openPalette} />}
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
