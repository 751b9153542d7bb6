import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { webFormSnippet } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../../shell/components/EmptyState';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { deleteWebForm, listWebForms, webFormsKey } from '../api/inbound-api';
import { NewWebFormDialog } from './NewWebFormDialog';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  formHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground2 },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  snippet: { fontFamily: tokens.fontFamilyMonospace },
});

/** A space's web forms: each with the snippet a website pastes; new ones; taking one down. */
export function WebFormsPanel({ spaceId }: { spaceId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const forms = useQuery({
    queryKey: webFormsKey(spaceId),
    queryFn: ({ signal }) => listWebForms(spaceId, signal),
  });
  const remove = useMutation({
    mutationFn: (formId: string) => deleteWebForm(spaceId, formId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webFormsKey(spaceId) }),
  });

  return (
    <section className={styles.root} aria-labelledby="web-forms-heading">
      <h2 id="web-forms-heading" className={styles.heading}>
        {t('inbound.forms')}
      </h2>
      <Text className={styles.hint}>{t('inbound.formsHint')}</Text>
      <div>
        <Button icon={<AddRegular />} onClick={() => setCreating(true)}>
          {t('inbound.newForm')}
        </Button>
      </div>
      {remove.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(remove.error)}</MessageBarBody>
        </MessageBar>
      )}
      {forms.isPending ? (
        <PageSkeleton rows={2} />
      ) : forms.error ? (
        <ErrorState error={forms.error} onRetry={() => void forms.refetch()} />
      ) : forms.data.items.length === 0 ? (
        <EmptyState title={t('inbound.noForms')} />
      ) : (
        forms.data.items.map((form) => (
          <article key={form.id} className={styles.form} aria-labelledby={`form-${form.id}`}>
            <h3 id={`form-${form.id}`} className={styles.formHeading}>
              {form.name}
            </h3>
            <Text className={styles.hint}>{form.allowedOrigins.join(', ')}</Text>
            <Field label={t('inbound.snippet')}>
              <Textarea
                className={styles.snippet}
                readOnly
                rows={4}
                value={webFormSnippet(window.location.origin, form.id)}
              />
            </Field>
            <div>
              <Button
                size="small"
                disabled={remove.isPending}
                aria-label={t('inbound.deleteForm', { name: form.name })}
                onClick={() => remove.mutate(form.id)}
              >
                {t('inbound.delete')}
              </Button>
            </div>
          </article>
        ))
      )}
      <NewWebFormDialog spaceId={spaceId} open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
