import { Button, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 1fr) auto auto auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export type Ordered = { id: string; name: string; order: number; active: boolean };

/** Task types or statuses in order: rename, switch off and move each one up or down. */
export function TaskOrderList<Item extends Ordered>({
  items,
  onChange,
  extra,
}: {
  items: Item[];
  onChange: (items: Item[]) => void;
  /** What else a row shows (a type's kind). */
  extra?: (item: Item) => ReactNode;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const change = (id: string, patch: Partial<Ordered>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next.map((item, order) => ({ ...item, order })));
  };
  return (
    <ul className={styles.list}>
      {items.map((item, index) => (
        <li key={item.id} className={styles.row} data-item-id={item.id}>
          <Input
            aria-label={t('taskSettings.name', { name: item.name })}
            value={item.name}
            maxLength={200}
            onChange={(_, data) => change(item.id, { name: data.value })}
          />
          {extra ? extra(item) : <span />}
          <Switch
            aria-label={t('taskSettings.activeOf', { name: item.name })}
            label={t('taskSettings.active')}
            checked={item.active}
            onChange={(_, data) => change(item.id, { active: data.checked })}
          />
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            aria-label={t('taskSettings.up', { name: item.name })}
            disabled={index === 0}
            onClick={() => move(index, -1)}
          />
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            aria-label={t('taskSettings.down', { name: item.name })}
            disabled={index === items.length - 1}
            onClick={() => move(index, 1)}
          />
        </li>
      ))}
    </ul>
  );
}

/** A new item's stable id from its name: `Follow-up call` → `follow_up_call` (`_2` if taken). */
export function idFromName(name: string, taken: string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 36) || 'type';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}_${n}`;
  return id;
}
