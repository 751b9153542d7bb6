import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import type { SplitterRun } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorText, translateKey } from '../../../shell/error-text';
import { useErrorCatalog } from '../../../shell/i18n/use-error-catalog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { hrefOf } from '../../../shell/router';
import { executeSplitterFilter, getSplitterRun, splitterRunKey } from '../api/splitter-api';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, width: '100%' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

type Props = {
  spaceId: string;
  filterId: string;
  filterName: string;
  nameOf: (userId: string) => string | undefined;
};

/** Execute a saved filter page by page with its progress, and its last run's unprocessed leads. */
export function SplitterRunView({ spaceId, filterId, filterName, nameOf }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const catalog = useErrorCatalog();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<SplitterRun>();
  const lastRun = useQuery({
    queryKey: splitterRunKey(spaceId, filterId),
    queryFn: ({ signal }) => getSplitterRun(spaceId, filterId, signal),
  });
  const execute = useMutation({
    mutationFn: async () => {
      let run = await executeSplitterFilter(spaceId, filterId);
      setProgress(run);
      while (!run.done) {
        run = await executeSplitterFilter(spaceId, filterId, run.continuation);
        setProgress(run);
      }
      return run;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: splitterRunKey(spaceId, filterId) }),
  });
  const run = execute.isPending ? progress : (lastRun.data ?? undefined);
  const headingId = `unprocessed-${filterId}`;
  const reasonText = (entry: SplitterRun['unprocessed'][number]) =>
    translateKey(catalog, {
      code: entry.reason,
      params: entry.userId ? { user: nameOf(entry.userId) ?? entry.userId } : {},
    }) ?? entry.reason;

  return (
    <div className={styles.root}>
      <div>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabled={execute.isPending}
          aria-label={`${t('splitter.execute')}: ${filterName}`}
          onClick={() => execute.mutate()}
        >
          {t('splitter.execute')}
        </Button>
      </div>
      {execute.isPending && (
        <>
          <ProgressBar aria-label={t('splitter.execute')} />
          <Text role="status">{t('splitter.running', { count: progress?.scanned ?? 0 })}</Text>
        </>
      )}
      {execute.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(execute.error)}</MessageBarBody>
        </MessageBar>
      )}
      {run && !execute.isPending && (
        <>
          <Text role="status">
            {t('splitter.result', {
              split: run.split,
              unchanged: run.unchanged,
              unprocessed: run.unprocessedCount,
            })}
          </Text>
          <h4 id={headingId} className={styles.heading}>
            {t('splitter.unprocessed')}
          </h4>
          {run.unprocessed.length === 0 ? (
            <Text italic>{t('splitter.noUnprocessed')}</Text>
          ) : (
            <Table aria-labelledby={headingId} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('splitter.lead')}</TableHeaderCell>
                  <TableHeaderCell>{t('splitter.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {run.unprocessed.map((entry) => (
                  <TableRow key={entry.leadId}>
                    <TableCell>
                      <Link href={hrefOf(`/leads/${entry.leadId}`)}>{entry.title}</Link>
                    </TableCell>
                    <TableCell>{reasonText(entry)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {run.unprocessedCount > run.unprocessed.length && (
            <Text>
              {t('splitter.moreUnprocessed', {
                count: run.unprocessedCount - run.unprocessed.length,
              })}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
