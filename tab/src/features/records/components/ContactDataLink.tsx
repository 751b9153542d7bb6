import { Link } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { CONTACT_LINK_LABELS, contactHref } from './contact-href';

/** A saved e-mail, phone or website as the link that uses it; nothing for other schemes. */
export function ContactDataLink({ kind, value }: { kind: 'email' | 'tel' | 'url'; value: string }) {
  const { t } = useI18n();
  const href = contactHref(kind, value);
  if (!href) return null;
  return (
    <Link href={href} {...(kind === 'url' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {t(CONTACT_LINK_LABELS[kind], { value })}
    </Link>
  );
}
