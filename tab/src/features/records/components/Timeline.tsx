import {
  Avatar,
  Button,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { RecordType, TimelineEntry } from '@channel-crm/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../shell/components/ErrorState';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { isMessageKey } from '../../../shell/i18n/en';
import { useSpace } from '../../../shell/SpaceContext';
import { useMembers } from '../../users/hooks/use-members';
import { addNote, fetchTimeline, timelineKey } from '../api/records-api';
import { displayValue } from './display-value';
import { NoteActions } from './NoteActions';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM, alignContent: 'start' },
  composer: { display: 'grid', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  entry: { display: 'grid', gridTemplateColumns: '28px 1fr', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  change: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  note: { whiteSpace: 'pre-wrap' },
});

/** Notes composer on top, then notes, events and field history, newest first. */
const USER_FIELDS = new Set(['ownerId', 'claimedBy', 'subscriberIds', 'coOwnerIds', 'managerId']);

export function Timeline({
  type,
  id,
  fieldLabel,
  describe,
}: {
  type: RecordType;
  id: string;
  fieldLabel: (f: string) => string;
  /** Readable text for ids the record page knows (a stage id → its name). */
  describe?: (field: string, value: unknown) => string | undefined;
}) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const errorText = useErrorText();
  const { nameOf } = useMembers();
  const { me } = useSpace();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const timeline = useQuery({
    queryKey: timelineKey(type, id),
    queryFn: ({ signal }) => fetchTimeline(type, id, signal),
  });
  const note = useMutation({
    mutationFn: (body: string) => addNote(type, id, body),
    onSuccess: () => {
      setText('');
      void queryClient.invalidateQueries({ queryKey: timelineKey(type, id) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) note.mutate(text.trim());
  };

  const entries = [...(timeline.data?.items ?? [])]
    .filter((e) => !e.deletedAt)
    .sort((a, b) => b.at.localeCompare(a.at));

  const headline = (e: TimelineEntry) => {
    const who = nameOf(e.actorId) ?? t('record.colleague');
    if (e.kind === 'note')
      // Deal pages bring the meetings' English; the side panel writes on deals only.
      return e.meeting && isMessageKey('meetings.notedInMeeting')
        ? t('meetings.notedInMeeting', { who, meeting: e.meeting.title })
        : t('record.noted', { who });
    const key = `event.${e.eventType ?? ''}`;
    return t('record.event', { who, event: isMessageKey(key) ? t(key) : (e.eventType ?? '') });
  };
  const valueText = (field: string, value: unknown): string => {
    const described = describe?.(field, value);
    if (described !== undefined) return described;
    if (USER_FIELDS.has(field)) {
      const ids = Array.isArray(value) ? value : value ? [value] : [];
      return ids.length
        ? ids.map((u) => nameOf(String(u)) ?? t('record.colleague')).join(', ')
        : t('common.none');
    }
    return displayValue(value);
  };

  return (
    <section className={styles.root} aria-label={t('record.timeline')}>
      <form className={styles.composer} onSubmit={submit}>
        <Textarea
          aria-label={t('record.noteComposer')}
          placeholder={t('record.noteComposer')}
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
        />
        {note.error && <Text role="alert">{errorText(note.error)}</Text>}
        <div>
          <Button type="submit" appearance="primary" disabled={!text.trim() || note.isPending}>
            {t('record.addNote')}
          </Button>
        </div>
      </form>
      {timeline.isPending && (
        <Skeleton aria-label={t('app.loading')}>
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
        </Skeleton>
      )}
      {timeline.error && (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      )}
      {timeline.data && entries.length === 0 && <Text>{t('record.timelineEmpty')}</Text>}
      <ol className={styles.list}>
        {entries.map((e) => (
          <li key={e.id} className={styles.entry}>
            <Avatar size={24} name={nameOf(e.actorId)} aria-hidden />
            <div>
              <Text weight="semibold">{headline(e)}</Text>{' '}
              <Text size={200} className={styles.meta}>
                {dateTime(e.at)}
              </Text>
              {e.text && (
                <Text block className={styles.note}>
                  {e.text}
                </Text>
              )}
              {e.kind === 'note' && e.actorId === me.id && (
                <NoteActions type={type} recordId={id} note={e} />
              )}
              {e.changes.length > 0 && (
                <ul className={styles.change}>
                  {e.changes.map((c) => (
                    <li key={c.field}>
                      <Text size={200}>
                        {fieldLabel(c.field)}: {valueText(c.field, c.old)} →{' '}
                        {valueText(c.field, c.new)}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
