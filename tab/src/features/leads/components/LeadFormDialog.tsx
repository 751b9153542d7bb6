import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { CreateLeadInput, DuplicateCheckInput, type Lead } from '@channel-crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../../shell/components/FormDialog';
import { compact } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { MessageKey } from '../../../shell/i18n/en';
import { useSpace } from '../../../shell/SpaceContext';
import { useCreateForm } from '../../records/hooks/use-create-form';
import { createLead } from '../api/leads-api';
import { DuplicateWarning } from '../../duplicates/components/DuplicateWarning';
import { useDuplicateCheck } from '../../duplicates/hooks/use-duplicate-check';
import { navigate } from '../../../shell/router';

/** The dialog's values as a draft to check, once they make a valid one. */
function draftOf(values: Record<string, string>, spaceId: string | undefined) {
  const parsed = DuplicateCheckInput.safeParse(compact({ ...values, type: 'lead', spaceId }));
  return parsed.success ? parsed.data : undefined;
}

const FIELDS: {
  name: string;
  label: MessageKey;
  type?: 'email' | 'tel' | 'url';
  required?: boolean;
}[] = [
  { name: 'firstName', label: 'common.firstName' },
  { name: 'lastName', label: 'common.lastName', required: true },
  { name: 'company', label: 'common.company' },
  { name: 'jobTitle', label: 'common.jobTitle' },
  { name: 'email', label: 'common.email', type: 'email' },
  { name: 'phone', label: 'common.phone', type: 'tel' },
  { name: 'website', label: 'common.website', type: 'url' },
];

const EMPTY = Object.fromEntries(FIELDS.map((f) => [f.name, '']));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
});

export function LeadFormDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (lead: Lead) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { me, space } = useSpace();
  const queryClient = useQueryClient();
  const { form, mutation, submit } = useCreateForm({
    schema: CreateLeadInput,
    initial: EMPTY,
    toInput: (values) => compact({ ...values, spaceId: space?.id, ownerId: me.id }),
    create: createLead,
    onCreated: (lead) => {
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      onCreated(lead);
    },
  });

  const duplicates = useDuplicateCheck(open ? draftOf(form.values, space?.id) : undefined);

  return (
    <FormDialog
      open={open}
      title={t('leads.new')}
      error={mutation.error}
      busy={mutation.isPending}
      submitLabel={mutation.isPending ? t('common.saving') : t('common.create')}
      onSubmit={submit}
      onClose={onClose}
    >
      <DuplicateWarning
        result={duplicates}
        onOpen={(id) => {
          onClose();
          navigate(`/leads/${id}`);
        }}
      />
      <div className={styles.grid}>
        {FIELDS.map((f) => (
          <Field
            key={f.name}
            label={t(f.label)}
            required={f.required}
            validationMessage={form.errors[f.name]}
          >
            <Input
              name={f.name}
              type={f.type ?? 'text'}
              value={form.values[f.name] ?? ''}
              onChange={(_, d) => form.set(f.name)(d.value)}
            />
          </Field>
        ))}
      </div>
    </FormDialog>
  );
}
