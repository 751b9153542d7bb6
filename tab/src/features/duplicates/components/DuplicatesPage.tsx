import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { KeyedRecordDocument, KeyedRecordType } from '@channel-crm/domain';
import { useState } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf, navigate, useRoute } from '../../../shell/router';
import { useSpace } from '../../../shell/SpaceContext';
import { useDuplicatePairs } from '../hooks/use-duplicate-pairs';
import { DUPLICATE_RECORD_TYPES, DUPLICATE_TYPE_ORDER, pairTitle } from '../record-types';
import { DuplicatePairCard } from './DuplicatePairCard';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '1040px' },
  hint: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const isKeyedType = (value: string | null): value is KeyedRecordType =>
  value !== null && value in DUPLICATE_RECORD_TYPES;

/**
 * The records flagged as possible duplicates, one card per pair, of the record type in the
 * address (`#/duplicates?type=lead`): in a channel tab its space's, elsewhere every one the
 * user may see.
 */
export function DuplicatesPage() {
  const styles = useStyles();
  const { t } = useI18n();
  const { space, fixed } = useSpace();
  const typeInRoute = useRoute().query.get('type');
  const type = isKeyedType(typeInRoute) ? typeInRoute : 'lead';
  const { list, pairs } = useDuplicatePairs({ type, spaceId: fixed ? space?.id : undefined });
  const [survivor, setSurvivor] = useState<KeyedRecordDocument>();

  let content;
  if (list.isPending) content = <PageSkeleton rows={4} />;
  else if (list.error)
    content = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (pairs.length === 0 && !list.hasNextPage)
    content = <EmptyState title={t('duplicates.empty')} hint={t('duplicates.emptyHint')} />;
  else
    content = (
      <>
        {pairs.map((pair) => (
          <DuplicatePairCard
            key={`${pair.record.id}|${pair.match.id}`}
            pair={pair}
            onMerged={setSurvivor}
          />
        ))}
        {list.hasNextPage && (
          <Button
            disabledFocusable={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('common.loadMore')}
          </Button>
        )}
      </>
    );

  return (
    <div className={styles.page}>
      <Title3 as="h1">{t('duplicates.title')}</Title3>
      <Text className={styles.hint}>{t('duplicates.intro')}</Text>
      <div className={styles.toolbar}>
        <Select
          aria-label={t('duplicates.type')}
          value={type}
          onChange={(_, d) => {
            setSurvivor(undefined);
            navigate(`/duplicates?type=${d.value}`);
          }}
        >
          {DUPLICATE_TYPE_ORDER.map((option) => (
            <option key={option} value={option}>
              {t(DUPLICATE_RECORD_TYPES[option].label)}
            </option>
          ))}
        </Select>
      </div>
      {survivor && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t('duplicates.merged', { name: pairTitle(survivor) })}{' '}
            <Link href={hrefOf(`${DUPLICATE_RECORD_TYPES[survivor.type].path}/${survivor.id}`)}>
              {t('duplicates.openMerged')}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {content}
    </div>
  );
}
