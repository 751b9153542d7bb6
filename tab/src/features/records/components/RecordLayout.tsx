import { makeStyles, tokens } from '@fluentui/react-components';
import type { RecordRef } from '@channel-crm/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { CopyLinkButton } from './CopyLinkButton';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  header: { flex: '1 1 320px', minWidth: 0 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 1fr) minmax(280px, 1.4fr) minmax(200px, 0.8fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1000px)': { gridTemplateColumns: '1fr 1fr' },
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr' },
  },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase400 },
});

export type RecordLayoutProps = {
  /** The record shown: its Copy link opens it for a colleague. */
  record: RecordRef;
  header: ReactNode;
  details: ReactNode;
  timeline: ReactNode;
  side: ReactNode;
  /** The heading of the side panel (roles, people, account…); the other two are the same everywhere. */
  sideLabel: string;
};

export function RecordLayout({
  record,
  header,
  details,
  timeline,
  side,
  sideLabel,
}: RecordLayoutProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <article className={styles.root}>
      <div className={styles.top}>
        <div className={styles.header}>{header}</div>
        <CopyLinkButton record={record} />
      </div>
      <div className={styles.columns}>
        <section className={styles.panel}>
          <h2 className={styles.heading}>{t('record.details')}</h2>
          {details}
        </section>
        <section className={styles.panel}>
          <h2 className={styles.heading}>{t('record.timeline')}</h2>
          {timeline}
        </section>
        <aside className={styles.panel}>
          <h2 className={styles.heading}>{sideLabel}</h2>
          {side}
        </aside>
      </div>
    </article>
  );
}
