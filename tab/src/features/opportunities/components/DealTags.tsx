import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { Tag, type Opportunity } from '@channel-crm/domain';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import { updateOpportunity } from '../api/opportunities-api';
import { useOpportunityChange } from '../hooks/use-opportunity-change';
import { TagChips } from './TagChips';

const useStyles = makeStyles({
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  remove: { minWidth: 0, height: '16px', width: '16px', padding: 0, color: 'inherit' },
});

/** The deal's tags in their colours: one removed with its ×, one added by typing it. */
export function DealTags({ opportunity }: { opportunity: Opportunity }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const change = useOpportunityChange(opportunity, () => setText(''));
  const tags = opportunity.tags;
  const editable = !opportunity.locked;
  const save = (next: string[]) =>
    change.mutate((current) => updateOpportunity(current.id, { tags: next }, current.version));
  const add = () => {
    const tag = Tag.safeParse(text);
    if (!tag.success || tags.some((x) => x.toLowerCase() === tag.data.toLowerCase())) return;
    save([...tags, tag.data]);
  };
  return (
    <SidePanelSection title={t('common.tags')} error={change.error}>
      {tags.length === 0 && <Text>{t('opportunities.noTags')}</Text>}
      <TagChips
        tags={tags}
        action={
          editable
            ? (tag) => (
                <Button
                  className={styles.remove}
                  appearance="transparent"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={t('opportunities.removeTag', { tag })}
                  disabledFocusable={change.isPending}
                  onClick={() => save(tags.filter((x) => x !== tag))}
                />
              )
            : undefined
        }
      />
      {editable && (
        <form
          className={styles.add}
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Field label={t('opportunities.addTag')}>
            <Input value={text} maxLength={40} onChange={(_, d) => setText(d.value)} />
          </Field>
          <Button
            type="submit"
            icon={<AddRegular />}
            disabledFocusable={!text.trim() || change.isPending}
          >
            {t('opportunities.add')}
          </Button>
        </form>
      )}
    </SidePanelSection>
  );
}
