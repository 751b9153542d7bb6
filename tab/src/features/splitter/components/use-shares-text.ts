import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';

const isShares = (value: unknown): value is { userId: string; share: number }[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { userId?: unknown }).userId === 'string' &&
      typeof (item as { share?: unknown }).share === 'number',
  );

/** Shares as the timeline shows a change of them: "Claire Dubois 33.34%, Jonas Becker …". */
export function useSharesText(spaceId?: string) {
  const { t, language } = useI18n();
  const { nameOf } = useMembers(spaceId);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  return (value: unknown): string | undefined =>
    isShares(value)
      ? value
          .map(
            (s) =>
              `${nameOf(s.userId) ?? t('record.colleague')} ${percent.format(s.share / 10_000)}`,
          )
          .join(', ')
      : undefined;
}
