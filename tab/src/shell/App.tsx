import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { onTeamsThemeChange, type HostInfo, type ThemeName } from './host';
import { HostContext } from './HostContext';
import { I18nProvider } from './i18n/I18nProvider';
import { createQueryClient } from './query-client';
import { SessionGate } from './SessionGate';
import { Shell } from './Shell';
import { THEMES } from './theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const [queryClient] = useState(createQueryClient);
  const hostValue = useMemo(() => ({ ...host, theme }), [host, theme]);

  useEffect(() => {
    if (host.kind === 'teams') void onTeamsThemeChange(setTheme);
  }, [host.kind]);

  useEffect(() => {
    document.documentElement.lang = host.locale;
    document.body.style.margin = '0';
    document.body.style.backgroundColor = THEMES[theme].colorNeutralBackground3;
  }, [host.locale, theme]);

  return (
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.root} data-theme={theme} data-testid="app-root">
        <HostContext.Provider value={hostValue}>
          <I18nProvider locale={host.locale}>
            <QueryClientProvider client={queryClient}>
              <SessionGate>
                <Shell />
              </SessionGate>
            </QueryClientProvider>
          </I18nProvider>
        </HostContext.Provider>
      </div>
    </FluentProvider>
  );
}
