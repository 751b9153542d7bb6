import {
  Dialog,
  DialogBody,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { searchRecords } from '../features/search/search-records';
import { useI18n } from './i18n/I18nProvider';
import type { MessageKey } from './i18n/en';
import { navigate } from './router';
import { useSpace } from './SpaceContext';

type Command = { id: string; label: string; run: () => void };

const VIEWS: { path: string; label: MessageKey }[] = [
  { path: '/leads', label: 'nav.leads' },
  { path: '/opportunities', label: 'nav.opportunities' },
  { path: '/opportunities/list', label: 'opportunities.list' },
  { path: '/accounts', label: 'nav.accounts' },
  { path: '/contacts', label: 'nav.contacts' },
  { path: '/my', label: 'nav.my' },
  { path: '/notifications', label: 'nav.notifications' },
  { path: '/settings', label: 'nav.settings' },
];

const useStyles = makeStyles({
  surface: { maxWidth: '560px', padding: tokens.spacingHorizontalM },
  list: {
    listStyle: 'none',
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  option: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { space } = useSpace();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text.trim());

  const records = useQuery({
    queryKey: ['palette', space?.id, query],
    queryFn: ({ signal }) => searchRecords(space?.id, query, signal),
    enabled: open && query.length >= 2,
  });

  const go = (path: string) => () => navigate(path);
  const staticCommands: Command[] = [
    { id: 'create-lead', label: t('palette.createLead'), run: go('/leads?new=1') },
    ...VIEWS.map((v) => ({
      id: v.path,
      label: t('palette.goto', { view: t(v.label) }),
      run: go(v.path),
    })),
  ];
  // The commands follow the text as typed, so Enter right after typing runs what was asked
  // for; only the server search waits for typing to settle.
  const needle = text.trim().toLowerCase();
  const commands = [
    ...staticCommands.filter((c) => c.label.toLowerCase().includes(needle)),
    ...(records.data ?? []).map((r) => ({
      id: `${r.kind}:${r.id}`,
      label: t('palette.record', { name: r.name }),
      run: go(r.path),
    })),
  ];
  const current = Math.min(active, Math.max(0, commands.length - 1));

  const close = () => {
    setText('');
    setActive(0);
    onClose();
  };
  const run = (command: Command | undefined) => {
    if (!command) return;
    command.run();
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, commands.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') run(commands[current]);
    else return;
    event.preventDefault();
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-label={t('palette.title')}>
        <DialogBody style={{ display: 'block' }}>
          <DialogTitle style={{ display: 'none' }}>{t('palette.title')}</DialogTitle>
          <Input
            autoFocus
            contentBefore={<SearchRegular />}
            style={{ width: '100%' }}
            placeholder={t('palette.placeholder')}
            aria-label={t('palette.placeholder')}
            value={text}
            role="combobox"
            aria-expanded
            aria-controls={listId}
            aria-activedescendant={commands[current] ? `${listId}-${current}` : undefined}
            onChange={(_, data) => {
              setText(data.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" className={styles.list} aria-label={t('palette.title')}>
            {commands.map((command, index) => (
              <li
                key={command.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === current}
                className={mergeClasses(styles.option, index === current && styles.active)}
                onMouseEnter={() => setActive(index)}
                onClick={() => run(command)}
              >
                {command.label}
              </li>
            ))}
          </ul>
          {commands.length === 0 && <Text>{t('palette.empty')}</Text>}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
