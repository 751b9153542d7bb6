import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { MeetingTag, OpportunityListItem } from '@channel-crm/domain';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useDealStage } from '../hooks/use-meeting-deals';
import { useMeetingNote } from '../hooks/use-meeting-note';

const useStyles = makeStyles({
  deal: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  composer: { display: 'grid', gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** One open deal of the meeting: its stage, amount and next activity, and a note composer. */
export function MeetingDeal({
  opportunity,
  meeting,
}: {
  opportunity: OpportunityListItem;
  meeting: MeetingTag;
}) {
  const styles = useStyles();
  const { t, money, shortDate } = useI18n();
  const errorText = useErrorText();
  const headingId = useId();
  const [text, setText] = useState('');
  const note = useMeetingNote(opportunity.id, meeting);
  const stage = useDealStage(opportunity);
  const next = opportunity.nextActivity;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() && !note.isPending) note.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  // Ctrl+Enter saves from the text box, as in Teams' own compose box.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <article
      className={styles.deal}
      aria-labelledby={headingId}
      data-opportunity-id={opportunity.id}
    >
      <h3 id={headingId} className={styles.name}>
        {opportunity.name}
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('meetings.stage')}</dt>
        <dd className={styles.value}>{stage?.name ?? '…'}</dd>
        <dt className={styles.term}>{t('meetings.amount')}</dt>
        <dd className={styles.value}>
          {opportunity.amount
            ? money(opportunity.amount.amount, opportunity.amount.currency)
            : t('common.none')}
        </dd>
        <dt className={styles.term}>{t('meetings.next')}</dt>
        <dd className={styles.value} data-next-activity>
          {next
            ? `${next.title ?? t('meetings.busy')} · ${shortDate(next.dueAt)}`
            : t('meetings.nothingPlanned')}
        </dd>
      </dl>
      <form className={styles.composer} onSubmit={submit}>
        <Field label={t('meetings.note', { deal: opportunity.name })}>
          <Textarea
            value={text}
            onChange={(_, d) => {
              setText(d.value);
              if (note.isSuccess || note.isError) note.reset();
            }}
            onKeyDown={onKeyDown}
            resize="vertical"
          />
        </Field>
        {note.error && (
          <Text role="alert" className={styles.error}>
            {errorText(note.error)}
          </Text>
        )}
        {note.isSuccess && <Text role="status">{t('meetings.saved')}</Text>}
        <div>
          <Button type="submit" appearance="primary" disabled={!text.trim() || note.isPending}>
            {t('meetings.addNote')}
          </Button>
        </div>
      </form>
    </article>
  );
}
