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
  discardDeadLetter,
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
  action: { width: '220px' },
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

type Change = { letter: DeadLetter; recipient: string };
type Done = { recipient: string; kind: 'queued' | 'discarded' };

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
  const [done, setDone] = useState<Done>();
  const letters = useQuery({
    queryKey: deadLettersKey,
    queryFn: ({ signal }) => listDeadLetters(signal),
  });
  const refetch = () => queryClient.invalidateQueries({ queryKey: deadLettersKey });
  /** Send again or discard: the row goes, a line says what happened, focus goes to the heading. */
  const change = useMutation({
    mutationFn: async ({ letter, kind }: Change & Pick<Done, 'kind'>) => {
      if (kind === 'queued') await replayDeadLetter(letter.key);
      else await discardDeadLetter(letter.key);
    },
    onMutate: () => setDone(undefined),
    onSuccess: async (_, { recipient, kind }) => {
      await refetch();
      setDone({ recipient, kind });
      heading.current?.focus();
    },
    // A 404 means someone else dealt with it already: the list is stale either way.
    onError: () => void refetch(),
  });
  const changeError =
    change.error &&
    (isApiError(change.error) && change.error.kind === 'not_found'
      ? t('deadLetters.gone')
      : errorText(change.error));

  return (
    <section className={styles.root} aria-labelledby="dead-letters-heading">
      <h2 id="dead-letters-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t('deadLetters.title')}
      </h2>
      <Text className={styles.hint}>{t('deadLetters.hint')}</Text>
      <div role="status">
        {done && (
          <Text className={styles.queued}>
            <CheckmarkCircleRegular aria-hidden />
            {t(done.kind === 'queued' ? 'deadLetters.queued' : 'deadLetters.discarded', {
              name: done.recipient,
            })}
          </Text>
        )}
      </div>
      {changeError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{changeError}</MessageBarBody>
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
                busy={change.isPending}
                onReplay={(l, recipient) => change.mutate({ letter: l, recipient, kind: 'queued' })}
                onDiscard={(l, recipient) =>
                  change.mutate({ letter: l, recipient, kind: 'discarded' })
                }
              />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
