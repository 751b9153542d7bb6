import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lead } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';

/** After anonymizing: when it happened and what the lead still holds. */
export function AnonymizedNotice({ lead }: { lead: Lead & { anonymizedAt: string } }) {
  const { t, date } = useI18n();
  const { nameOf } = useMembers(lead.spaceId);
  const kept = [
    lead.company && `${t('common.company')}: ${lead.company}`,
    `${t('leads.source')}: ${t(`leads.source.${lead.source}`)}`,
    `${t('common.status')}: ${t(`leads.status.${lead.status}`)}`,
    lead.tags.length > 0 && `${t('common.tags')}: ${lead.tags.join(', ')}`,
    `${t('common.owner')}: ${nameOf(lead.ownerId) ?? t('common.unassigned')}`,
    `${t('common.created')}: ${date(lead.createdAt)}`,
  ].filter((line): line is string => Boolean(line));
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('anonymize.done', { date: date(lead.anonymizedAt) })}</MessageBarTitle>
        {t('anonymize.kept')}
        <ul aria-label={t('anonymize.kept')}>
          {kept.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
