import { Link, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { CONTACT_LINK_LABELS, contactHref } from './contact-href';

// The row's own text colour, underlined: a hovered row (high contrast above all) changes its
// background and text together, and a link's colour of its own would fall below contrast there.
const useStyles = makeStyles({
  link: { color: 'inherit', ':hover': { color: 'inherit' }, ':active': { color: 'inherit' } },
});

/**
 * A list cell's e-mail, phone or website: the value itself as the link that uses it (named by
 * what it does), plain text for other schemes. A click on it does not open the row.
 */
export function ContactDataCell({
  kind,
  value,
}: {
  kind: 'email' | 'tel' | 'url';
  value: string | undefined;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!value) return null;
  const href = contactHref(kind, value);
  if (!href) return <>{value}</>;
  return (
    <Link
      className={styles.link}
      inline
      href={href}
      aria-label={t(CONTACT_LINK_LABELS[kind], { value })}
      onClick={(e) => e.stopPropagation()}
      {...(kind === 'url' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {value}
    </Link>
  );
}
