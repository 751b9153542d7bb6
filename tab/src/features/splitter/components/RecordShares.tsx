import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CoOwnerShare } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { SidePanelSection } from '../../records/components/SidePanelSection';
import { useMembers } from '../../users/hooks/use-members';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A split lead's (or deal's) co-owners and each one's share; nothing for one never split. */
export function RecordShares({ record }: { record: { spaceId: string; shares?: CoOwnerShare[] } }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { nameOf } = useMembers(record.spaceId);
  if (!record.shares?.length) return null;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  return (
    <SidePanelSection title={t('splitter.sharesOnRecord')}>
      <ul className={styles.list} aria-label={t('splitter.sharesOnRecord')}>
        {record.shares.map(({ userId, share }) => (
          <li key={userId}>
            <Text>
              {nameOf(userId) ?? t('record.colleague')}: {percent.format(share / 10_000)}
            </Text>
          </li>
        ))}
      </ul>
    </SidePanelSection>
  );
}
