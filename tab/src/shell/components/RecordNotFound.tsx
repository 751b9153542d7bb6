import { Link } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { hrefOf } from '../router';
import { EmptyState } from './EmptyState';

/** What a link to an unknown record, or to one the user may not see, lands on. */
export function RecordNotFound() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('app.recordNotFound')}
      hint={t('app.recordNotFoundHint')}
      action={<Link href={hrefOf('/my')}>{t('nav.my')}</Link>}
    />
  );
}
