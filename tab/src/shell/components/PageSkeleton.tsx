import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export function PageSkeleton({ rows = 8 }: { rows?: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Skeleton className={styles.root} aria-label={t('app.loading')} aria-busy="true">
      <SkeletonItem size={32} style={{ width: '40%' }} />
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonItem key={i} size={24} />
      ))}
    </Skeleton>
  );
}
