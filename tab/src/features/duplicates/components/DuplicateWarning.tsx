import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DuplicateCheckResult } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';

/**
 * "Possible duplicate" above a create dialog's fields: the matches the user may see, each with
 * a link that opens it, and only the number of the others. Saving stays possible (create anyway).
 */
export function DuplicateWarning({
  result,
  onOpen,
}: {
  result: DuplicateCheckResult | undefined;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  if (!result || (result.matches.length === 0 && result.hidden === 0)) return null;
  return (
    <MessageBar intent="warning" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('duplicates.possible')}</MessageBarTitle>
        {result.matches.map((match) => (
          <div key={match.id}>
            {match.title}{' '}
            <Link as="button" onClick={() => onOpen(match.id)}>
              {t('duplicates.openExisting')}
            </Link>
          </div>
        ))}
        {result.hidden > 0 && <div>{t('duplicates.hidden', { count: result.hidden })}</div>}
        <div>{t('duplicates.createAnyway')}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
