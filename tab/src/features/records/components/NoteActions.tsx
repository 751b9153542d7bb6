import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { RecordType, TimelineEntry } from '@channel-crm/domain';
import { useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useNoteActions } from '../hooks/use-note-actions';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Open = 'none' | 'edit' | 'delete';

/** Edit and Delete for a note the signed-in user wrote, each in its own dialog. */
export function NoteActions({
  type,
  recordId,
  note,
}: {
  type: RecordType;
  recordId: string;
  note: TimelineEntry;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { edit, remove } = useNoteActions(type, recordId, note);
  const [open, setOpen] = useState<Open>('none');
  const [text, setText] = useState(note.text ?? '');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setOpen('none');
    edit.reset();
    remove.reset();
  };
  const startEditing = () => {
    setText(note.text ?? '');
    setMissing(false);
    setOpen('edit');
  };
  const save = () => {
    if (!text.trim()) return setMissing(true);
    edit.mutate(text.trim(), { onSuccess: close });
  };

  return (
    <>
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={startEditing}>
          {t('record.editNote')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          onClick={() => setOpen('delete')}
        >
          {t('record.deleteNote')}
        </Button>
      </div>
      <FormDialog
        open={open === 'edit'}
        title={t('record.editNote')}
        error={edit.error}
        busy={edit.isPending}
        submitLabel={t('common.save')}
        onSubmit={save}
        onClose={close}
      >
        <Field
          label={t('record.noteText')}
          required
          validationMessage={missing ? t('record.noteRequired') : undefined}
        >
          <Textarea
            autoFocus
            value={text}
            maxLength={10000}
            resize="vertical"
            onChange={(_, d) => {
              setText(d.value);
              setMissing(false);
            }}
          />
        </Field>
      </FormDialog>
      <FormDialog
        open={open === 'delete'}
        title={t('record.deleteNoteTitle')}
        error={remove.error}
        busy={remove.isPending}
        submitLabel={t('record.deleteNote')}
        onSubmit={() => remove.mutate(undefined, { onSuccess: close })}
        onClose={close}
      >
        <Text>{t('record.deleteNoteBody')}</Text>
      </FormDialog>
    </>
  );
}
