import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  SpinButton,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { PipelineInput, StageKind, type Pipeline } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { useErrorText } from '../../../shell/error-text';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import type { FieldErrors } from '../../../shell/forms/use-zod-form';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { savePipeline } from '../api/settings-api';
import { useTaskTemplates } from '../hooks/use-task-templates';
import { PostSaleTemplatesField, type PostSaleChoice } from './PostSaleTemplatesField';

type Draft = z.input<typeof PipelineInput>['stages'][number];

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, 2fr) 96px 120px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  buttons: { display: 'flex', gap: '2px' },
});

/**
 * Stages in order, with probability and kind, and the post-sale task templates; saved as a
 * whole with If-Match.
 */
export function PipelineEditor({ pipeline }: { pipeline: Pipeline }) {
  const styles = useStyles();
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState(pipeline.name);
  const [stages, setStages] = useState<Draft[]>(pipeline.stages);
  const [postSale, setPostSale] = useState<PostSaleChoice>({
    won: pipeline.postSale?.won ?? [],
    lost: pipeline.postSale?.lost ?? [],
  });
  const templates = useTaskTemplates();
  const [errors, setErrors] = useState<FieldErrors>({});
  const fieldErrors = useFieldErrorText();
  const save = useMutation({
    mutationFn: (input: PipelineInput) => savePipeline(pipeline, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['pipelines'] }),
  });

  const update = (index: number, patch: Partial<Draft>) =>
    setStages((s) => s.map((stage, i) => (i === index ? { ...stage, ...patch } : stage)));
  const swap = (a: number, b: number) =>
    setStages((s) => {
      const next = [...s];
      [next[a], next[b]] = [next[b]!, next[a]!];
      return next;
    });
  const submit = () => {
    const parsed = PipelineInput.safeParse({ name, stages, postSale });
    if (!parsed.success) return setErrors(fieldErrors.fromIssues(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <div className={styles.root}>
      <Field label={t('opportunities.pipeline')} validationMessage={errors.name}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {stages.map((stage, i) => (
        <div key={stage.id ?? i} className={styles.row}>
          <Field label={t('settings.stageName')} validationMessage={errors[`stages.${i}.name`]}>
            <Input value={stage.name} onChange={(_, d) => update(i, { name: d.value })} />
          </Field>
          <Field
            label={t('opportunities.probability')}
            validationMessage={errors[`stages.${i}.probability`]}
          >
            <SpinButton
              min={0}
              max={100}
              value={stage.probability}
              onChange={(_, d) =>
                update(i, { probability: d.value ?? Number(d.displayValue ?? 0) })
              }
            />
          </Field>
          <Field label={t('settings.stageKind')}>
            <Select
              value={stage.kind}
              onChange={(_, d) => update(i, { kind: StageKind.parse(d.value) })}
            >
              {StageKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`settings.kind.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.buttons}>
            <Button
              appearance="subtle"
              icon={<ArrowUpRegular />}
              disabled={i === 0}
              aria-label={t('settings.moveUp', { name: stage.name })}
              onClick={() => swap(i, i - 1)}
            />
            <Button
              appearance="subtle"
              icon={<ArrowDownRegular />}
              disabled={i === stages.length - 1}
              aria-label={t('settings.moveDown', { name: stage.name })}
              onClick={() => swap(i, i + 1)}
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t('settings.remove', { name: stage.name })}
              onClick={() => setStages((s) => s.filter((_, j) => j !== i))}
            />
          </div>
        </div>
      ))}
      {templates.data && (
        <PostSaleTemplatesField
          templates={templates.data}
          value={postSale}
          onChange={setPostSale}
        />
      )}
      {errors.stages && (
        <MessageBar intent="error">
          <MessageBarBody>{errors.stages}</MessageBarBody>
        </MessageBar>
      )}
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() => setStages((s) => [...s, { name: '', probability: 50, kind: 'open' }])}
        >
          {t('settings.addStage')}
        </Button>
        <Button appearance="primary" onClick={submit} disabled={save.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </div>
  );
}
