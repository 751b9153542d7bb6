import { MessageBar, MessageBarBody, Switch, Text } from '@fluentui/react-components';
import { ErrorState } from '../../../shell/components/ErrorState';
import { PageSkeleton } from '../../../shell/components/PageSkeleton';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useOutOfOffice } from '../hooks/use-out-of-office';

/** My "I am out" switch: while it is on, my teams' round-robin hands leads to the others. */
export function OutOfOfficeSection() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { me, save } = useOutOfOffice();
  if (me.isPending) return <PageSkeleton rows={1} />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const saved = me.data.user.outOfOffice ?? false;
  // While saving, the switch already shows what was asked; a failure puts it back.
  const checked = save.isPending ? save.variables : saved;
  return (
    <div>
      <Text as="p">{t('my.outOfOfficeHint')}</Text>
      <Switch
        label={t('my.outOfOffice')}
        checked={checked}
        disabled={save.isPending}
        onChange={(_, data) => save.mutate(data.checked)}
      />
      {save.isSuccess && (
        <Text role="status">{t(saved ? 'my.outOfOfficeOn' : 'my.outOfOfficeOff')}</Text>
      )}
      {save.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
