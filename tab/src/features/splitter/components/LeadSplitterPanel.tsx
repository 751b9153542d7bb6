import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, SaveRegular } from '@fluentui/react-icons';
import { SplitterFiltersInput, type SplitterFilters } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../shell/api-error';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useUsers } from '../../users/hooks/use-users';
import { getSplitterFilters, setSplitterFilters, splitterFiltersKey } from '../api/splitter-api';
import { draftOf, draftsOf, inputOf, newDraft, type FilterDraft } from './splitter-draft';
import { SplitterFilterEditor } from './SplitterFilterEditor';
import { SplitterRunView } from './SplitterRunView';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Settings › Lead splitter: the space's filters, saved as a whole with If-Match. */
export function LeadSplitterPanel({ spaceId }: { spaceId: string }) {
  const filters = useQuery({
    queryKey: splitterFiltersKey(spaceId),
    queryFn: ({ signal }) => getSplitterFilters(spaceId, signal),
  });
  if (filters.isPending) return <PageSkeleton rows={4} />;
  if (filters.error)
    return <ErrorState error={filters.error} onRetry={() => void filters.refetch()} />;
  return <FiltersEditor key={filters.data.version} spaceId={spaceId} saved={filters.data} />;
}

function FiltersEditor({ spaceId, saved }: { spaceId: string; saved: SplitterFilters }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrorText();
  const queryClient = useQueryClient();
  const { users, nameOf } = useUsers();
  const members = users.filter((user) => user.spaceIds.includes(spaceId));
  const [drafts, setDrafts] = useState<FilterDraft[]>(() => draftsOf(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: SplitterFiltersInput) => setSplitterFilters(spaceId, input, saved.version),
    onSuccess: (next) => queryClient.setQueryData(splitterFiltersKey(spaceId), next),
    onError: (error) => {
      if (isApiError(error) && error.kind === 'validation')
        setErrors(fieldErrors.fromProblem(error));
    },
  });
  const submit = () => {
    const parsed = SplitterFiltersInput.safeParse(inputOf(drafts));
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  };
  /** A filter shown exactly as saved may be executed; an edited one is saved first. */
  const savedAsShown = (draft: FilterDraft) => {
    const stored = saved.filters.find((f) => f.id === draft.id);
    return stored !== undefined && JSON.stringify(draftOf(stored)) === JSON.stringify(draft);
  };

  return (
    <section className={styles.root} aria-labelledby="splitter-heading">
      <Subtitle2 as="h2" id="splitter-heading">
        {t('splitter.title')}
      </Subtitle2>
      <Text>{t('splitter.hint')}</Text>
      {drafts.length === 0 && <Text italic>{t('splitter.none')}</Text>}
      {drafts.map((draft, index) => (
        <SplitterFilterEditor
          key={draft.id ?? `new-${index}`}
          index={index}
          draft={draft}
          members={members}
          errors={errors}
          onChange={(next) => setDrafts((all) => all.map((d, i) => (i === index ? next : d)))}
          onRemove={() => setDrafts((all) => all.filter((_, i) => i !== index))}
        >
          {draft.id && savedAsShown(draft) ? (
            <SplitterRunView
              spaceId={spaceId}
              filterId={draft.id}
              filterName={draft.name}
              nameOf={nameOf}
            />
          ) : (
            <Text italic>{t('splitter.saveFirst')}</Text>
          )}
        </SplitterFilterEditor>
      ))}
      {save.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      {Object.keys(errors).length > 0 && !save.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('error.validation')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            setDrafts((all) => [...all, newDraft(t('splitter.filter', { number: all.length + 1 }))])
          }
        >
          {t('splitter.newFilter')}
        </Button>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={save.isPending}
          onClick={submit}
        >
          {t('splitter.save')}
        </Button>
      </div>
    </section>
  );
}
