import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import {
  deadLettersKey,
  listDeadLetters,
  replayDeadLetter,
  type DeadLetter,
} from '../api/dead-letters-api';
import { DeadLetterRow } from './DeadLetterRow';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2 },
  when: { width: '170px' },
  to: { width: '150px' },
  action: { width: '140px' },
  queued: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

type Replay = { letter: DeadLetter; recipient: string };

/** The tenant's cards that kept failing, for an admin to send again once the cause is fixed. */
export function DeadLettersPanel({
  nameOf,
}: {
  nameOf: (id: string | undefined) => string | undefined;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  // Focus lands here once a Send again removed the row that had it.
  const heading = useRef<HTMLHeadingElement>(null);
  const [queuedFor, setQueuedFor] = useState<string>();
  const letters = useQuery({
    queryKey: deadLettersKey,
    queryFn: ({ signal }) => listDeadLetters(signal),
  });
  const refetch = () => queryClient.invalidateQueries({ queryKey: deadLettersKey });
  const replay = useMutation({
    mutationFn: ({ letter }: Replay) => replayDeadLetter(letter.key),
    onMutate: () => setQueuedFor(undefined),
    onSuccess: async (_, { recipient }) => {
      await refetch();
      setQueuedFor(recipient);
      heading.current?.focus();
    },
    // A 404 means someone else replayed it already: the list is stale either way.
    onError: () => void refetch(),
  });
  const replayError =
    replay.error &&
    (isApiError(replay.error) && replay.error.kind === 'not_found'
      ? t('deadLetters.gone')
      : errorText(replay.error));

  return (
    <section className={styles.root} aria-labelledby="dead-letters-heading">
      <h2 id="dead-letters-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t('deadLetters.title')}
      </h2>
      <Text className={styles.hint}>{t('deadLetters.hint')}</Text>
      <div role="status">
        {queuedFor && (
          <Text className={styles.queued}>
            <CheckmarkCircleRegular aria-hidden />
            {t('deadLetters.queued', { name: queuedFor })}
          </Text>
        )}
      </div>
      {replayError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{replayError}</MessageBarBody>
        </MessageBar>
      )}
      {letters.isPending ? (
        <PageSkeleton rows={3} />
      ) : letters.error ? (
        <ErrorState error={letters.error} onRetry={() => void letters.refetch()} />
      ) : letters.data.items.length === 0 ? (
        <EmptyState title={t('deadLetters.none')} />
      ) : (
        <Table size="small" aria-labelledby="dead-letters-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.when}>{t('deadLetters.when')}</TableHeaderCell>
              <TableHeaderCell className={styles.to}>{t('deadLetters.to')}</TableHeaderCell>
              <TableHeaderCell>{t('deadLetters.what')}</TableHeaderCell>
              <TableHeaderCell>{t('deadLetters.why')}</TableHeaderCell>
              <TableHeaderCell className={styles.action}>
                <span className={styles.hidden}>{t('deadLetters.action')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {letters.data.items.map((letter) => (
              <DeadLetterRow
                key={letter.key}
                letter={letter}
                nameOf={nameOf}
                busy={replay.isPending}
                onReplay={(l, recipient) => replay.mutate({ letter: l, recipient })}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
