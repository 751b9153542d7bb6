import { Checkbox, Label, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import type { TaskTemplate } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';

export type PostSaleChoice = { won: string[]; lost: string[] };

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  choices: { display: 'grid' },
});

/** The task templates a pipeline applies to a deal's owner when the deal is won or lost. */
export function PostSaleTemplatesField({
  templates,
  value,
  onChange,
}: {
  templates: TaskTemplate[];
  value: PostSaleChoice;
  onChange: (next: PostSaleChoice) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const labelId = useId('post-sale');
  if (templates.length === 0) return <Text italic>{t('settings.postSale.none')}</Text>;
  const toggle = (outcome: keyof PostSaleChoice, id: string, on: boolean) =>
    onChange({
      ...value,
      [outcome]: on ? [...value[outcome], id] : value[outcome].filter((x) => x !== id),
    });
  return (
    <div className={styles.root}>
      {(['won', 'lost'] as const).map((outcome) => (
        <div
          key={outcome}
          className={styles.choices}
          role="group"
          aria-labelledby={`${labelId}-${outcome}`}
        >
          <Label id={`${labelId}-${outcome}`}>{t(`settings.postSale.${outcome}`)}</Label>
          {templates.map((template) => (
            <Checkbox
              key={template.id}
              label={template.name}
              checked={value[outcome].includes(template.id)}
              onChange={(_, d) => toggle(outcome, template.id, d.checked === true)}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
