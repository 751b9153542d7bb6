import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useTaskSettings, useTaskTemplates } from '../hooks/use-task-templates';
import { SuggestionRulesEditor } from './SuggestionRulesEditor';
import { TemplateEditor } from './TemplateEditor';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
});

/** Settings › Tasks: the task templates and the suggestion rules. */
export function TaskSettingsPanel() {
  const styles = useStyles();
  const { t } = useI18n();
  const templates = useTaskTemplates();
  const settings = useTaskSettings();
  const [creating, setCreating] = useState(false);
  if (templates.isPending || settings.isPending) return <PageSkeleton rows={4} />;
  if (templates.error)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  if (settings.error)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const types = settings.data.types;
  return (
    <>
      <section className={styles.section} aria-labelledby="task-templates-heading">
        <Subtitle2 as="h2" id="task-templates-heading">
          {t('settings.taskTemplates.title')}
        </Subtitle2>
        <Text>{t('settings.taskTemplates.hint')}</Text>
        {templates.data.length === 0 && !creating && (
          <Text italic>{t('settings.taskTemplates.none')}</Text>
        )}
        {templates.data.map((template) => (
          <TemplateEditor
            key={`${template.id}:${template.version}`}
            template={template}
            types={types}
          />
        ))}
        {creating ? (
          <TemplateEditor types={types} onCreated={() => setCreating(false)} />
        ) : (
          <div>
            <Button icon={<AddRegular />} onClick={() => setCreating(true)}>
              {t('settings.taskTemplates.new')}
            </Button>
          </div>
        )}
      </section>
      <section className={styles.section} aria-labelledby="suggestions-heading">
        <Subtitle2 as="h2" id="suggestions-heading">
          {t('settings.suggestions.title')}
        </Subtitle2>
        <SuggestionRulesEditor key={settings.data.version} settings={settings.data} />
      </section>
    </>
  );
}
