import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { apiKeysKey, createApiKey, listApiKeys, revokeApiKey } from '../api/inbound-api';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2 },
  create: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
  },
  secret: { fontFamily: tokens.fontFamilyMonospace, width: '100%' },
  created: { display: 'grid', gap: tokens.spacingVerticalS, width: '100%' },
});

/** A space's API keys: create one (its token shown once), see when each was last used, revoke. */
export function ApiKeysPanel({ spaceId }: { spaceId: string }) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [requireSignature, setRequireSignature] = useState(false);
  const keys = useQuery({
    queryKey: apiKeysKey(spaceId),
    queryFn: ({ signal }) => listApiKeys(spaceId, signal),
  });
  const refetch = () => queryClient.invalidateQueries({ queryKey: apiKeysKey(spaceId) });
  const create = useMutation({
    mutationFn: () => createApiKey(spaceId, { name, requireSignature }),
    onSuccess: async () => {
      setName('');
      await refetch();
    },
  });
  const revoke = useMutation({
    mutationFn: (keyId: string) => revokeApiKey(spaceId, keyId),
    onSettled: refetch,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke.reset();
    create.mutate();
  };
  const endpoint = `${window.location.origin}/api/inbound/spaces/${spaceId}/leads`;
  const failure = create.error ?? revoke.error;

  return (
    <section className={styles.root} aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading" className={styles.heading}>
        {t('inbound.keys')}
      </h2>
      <Text className={styles.hint}>{t('inbound.keysHint')}</Text>
      <form className={styles.create} onSubmit={submit}>
        <Field label={t('inbound.keyName')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={200} />
        </Field>
        <Checkbox
          label={t('inbound.requireSignature')}
          checked={requireSignature}
          onChange={(_, d) => setRequireSignature(d.checked === true)}
        />
        <Button type="submit" appearance="primary" disabled={create.isPending}>
          {t('inbound.createKey')}
        </Button>
      </form>
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(failure)}</MessageBarBody>
        </MessageBar>
      )}
      {create.data && (
        <MessageBar intent="warning">
          <MessageBarBody className={styles.created}>
            <Text weight="semibold">{t('inbound.createdOnce')}</Text>
            <Field label={t('inbound.token')}>
              <Input className={styles.secret} readOnly value={create.data.token} />
            </Field>
            <Field label={t('inbound.signingSecret')}>
              <Input className={styles.secret} readOnly value={create.data.signingSecret} />
            </Field>
            <Field label={t('inbound.endpoint')}>
              <Input className={styles.secret} readOnly value={endpoint} />
            </Field>
          </MessageBarBody>
        </MessageBar>
      )}
      {keys.isPending ? (
        <PageSkeleton rows={2} />
      ) : keys.error ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState title={t('inbound.noKeys')} />
      ) : (
        <Table size="small" aria-labelledby="api-keys-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('common.name')}</TableHeaderCell>
              <TableHeaderCell>{t('inbound.prefix')}</TableHeaderCell>
              <TableHeaderCell>{t('common.created')}</TableHeaderCell>
              <TableHeaderCell>{t('inbound.lastUsed')}</TableHeaderCell>
              <TableHeaderCell>{t('inbound.revoke')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {keys.data.items.map((key) => (
              <TableRow key={key.id}>
                <TableCell>{key.name}</TableCell>
                <TableCell>
                  <code>{key.prefix}…</code>
                </TableCell>
                <TableCell>{dateTime(key.createdAt)}</TableCell>
                <TableCell>
                  {key.lastUsedAt ? dateTime(key.lastUsedAt) : t('inbound.neverUsed')}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={revoke.isPending}
                    aria-label={t('inbound.revokeKey', { name: key.name })}
                    onClick={() => revoke.mutate(key.id)}
                  >
                    {t('inbound.revoke')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
