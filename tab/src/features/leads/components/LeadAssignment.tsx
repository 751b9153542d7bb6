import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Tag,
  TagGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LeadSource, type Lead, type UpdateLeadInput } from '@channel-crm/domain';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { timelineKey } from '../../records/api/records-api';
import { MemberSelect } from '../../records/components/MemberSelect';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import { useRecordAction } from '../../records/hooks/use-record-action';
import { claimLead, updateLead } from '../api/leads-api';
import { LeadClaim } from './LeadClaim';

const useStyles = makeStyles({
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Owner (and its claim), source and tags of a lead, each saved as soon as it changes. */
export function LeadAssignment({ lead, disabled }: { lead: Lead; disabled: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const action = useRecordAction<Lead>('lead', lead.id, lead, {
    invalidate: [['leads'], timelineKey('lead', lead.id)],
    onDone: () => undefined,
  });
  const save = (input: UpdateLeadInput) =>
    action.mutate((current) => updateLead(current.id, input, current.version));
  const busy = disabled || action.isPending;
  const addTag = () => {
    const name = tag.trim();
    setTag('');
    if (name && !lead.tags.includes(name)) save({ tags: [...lead.tags, name] });
  };

  return (
    <SidePanelSection error={action.error}>
      <MemberSelect
        spaceId={lead.spaceId}
        label={t('common.owner')}
        noneLabel={t('common.unassigned')}
        value={lead.ownerId}
        disabled={busy}
        onChange={(ownerId) => save({ ownerId })}
      />
      <LeadClaim
        lead={lead}
        disabled={busy}
        onClaim={() => action.mutate((current) => claimLead(current))}
      />
      <Field label={t('leads.source')} size="small">
        <Select
          size="small"
          disabled={busy}
          value={lead.source}
          onChange={(_, d) => save({ source: LeadSource.parse(d.value) })}
        >
          {LeadSource.options.map((s) => (
            <option key={s} value={s}>
              {t(`leads.source.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Text weight="semibold" size={200}>
        {t('common.tags')}
      </Text>
      {lead.tags.length === 0 ? (
        <Text size={200}>{t('common.none')}</Text>
      ) : (
        <TagGroup
          aria-label={t('common.tags')}
          size="small"
          onDismiss={(_, d) => save({ tags: lead.tags.filter((x) => x !== d.value) })}
        >
          {lead.tags.map((x) => (
            <Tag
              key={x}
              value={x}
              dismissible={!busy}
              dismissIcon={{ 'aria-label': t('tags.remove', { tag: x }) }}
            >
              {x}
            </Tag>
          ))}
        </TagGroup>
      )}
      <form
        className={styles.add}
        onSubmit={(event) => {
          event.preventDefault();
          addTag();
        }}
      >
        <Field label={t('tags.new')} size="small">
          <Input
            size="small"
            maxLength={40}
            disabled={busy}
            value={tag}
            onChange={(_, d) => setTag(d.value)}
          />
        </Field>
        <Button size="small" type="submit" disabled={busy || !tag.trim()}>
          {t('tags.add')}
        </Button>
      </form>
    </SidePanelSection>
  );
}
