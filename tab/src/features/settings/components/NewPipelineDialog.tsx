import { Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { PipelineInput } from '@channel-crm/domain';
import { useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useCreatePipeline } from '../hooks/use-create-pipeline';

/** Names a new pipeline of the space; it starts with four stages the editor then changes. */
export function NewPipelineDialog({
  spaceId,
  open,
  onClose,
}: {
  spaceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const fieldErrors = useFieldErrorText();
  const { create, fresh } = useCreatePipeline(spaceId);
  const [name, setName] = useState('');
  const [isDefault, setIsDefault] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const close = () => {
    setName('');
    setIsDefault(false);
    setErrors({});
    fresh();
    onClose();
  };
  const submit = () => {
    const parsed = PipelineInput.safeParse({
      name,
      isDefault,
      stages: [
        { name: t('settings.template.new'), probability: 10, kind: 'open' },
        { name: t('settings.template.proposal'), probability: 50, kind: 'open' },
        { name: t('settings.kind.won'), probability: 100, kind: 'won' },
        { name: t('settings.kind.lost'), probability: 0, kind: 'lost' },
      ],
    });
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: close });
  };
  return (
    <FormDialog
      open={open}
      title={t('settings.newPipeline')}
      error={create.error}
      busy={create.isPending}
      submitLabel={t('settings.createPipeline')}
      onSubmit={submit}
      onClose={close}
    >
      <Field label={t('settings.pipelineName')} required validationMessage={errors.name}>
        <Input autoFocus value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Checkbox
        label={t('settings.makeDefault')}
        checked={isDefault}
        onChange={(_, d) => setIsDefault(d.checked === true)}
      />
      <Text size={200}>{t('settings.newPipelineStages')}</Text>
    </FormDialog>
  );
}
