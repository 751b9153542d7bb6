import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { FORM_LANGUAGES, FormField, type FormLanguage } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { createWebForm, webFormsKey } from '../api/inbound-api';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

const FIELD_LABELS = {
  firstName: 'common.firstName',
  lastName: 'common.lastName',
  company: 'common.company',
  jobTitle: 'common.jobTitle',
  email: 'common.email',
  phone: 'common.phone',
  website: 'common.website',
} as const satisfies Record<FormField, string>;

/** A new web form: its name, the lead's fields it asks, where it may be embedded, its thanks. */
export function NewWebFormDialog({
  spaceId,
  open,
  onClose,
}: {
  spaceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [fields, setFields] = useState<FormField[]>(['lastName', 'email']);
  const [origins, setOrigins] = useState('');
  const [language, setLanguage] = useState<FormLanguage>('en');
  const [confirmation, setConfirmation] = useState<Partial<Record<FormLanguage, string>>>({});
  const languageName = useMemo(
    () => new Intl.DisplayNames([locale], { type: 'language' }),
    [locale],
  );
  const create = useMutation({
    mutationFn: () =>
      createWebForm(spaceId, {
        name,
        fields,
        allowedOrigins: origins.split(/\s+/).filter(Boolean),
        language,
        confirmation: Object.fromEntries(
          Object.entries(confirmation).filter(([, text]) => text.trim() !== ''),
        ),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: webFormsKey(spaceId) });
      onClose();
    },
  });
  const toggle = (field: FormField, on: boolean) =>
    setFields((now) => (on ? [...now, field] : now.filter((f) => f !== field)));

  return (
    <FormDialog
      open={open}
      title={t('inbound.newForm')}
      error={create.error}
      busy={create.isPending}
      submitLabel={t('inbound.createForm')}
      onSubmit={() => create.mutate()}
      onClose={onClose}
      contentClassName={styles.content}
    >
      <Field label={t('inbound.formName')} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={200} />
      </Field>
      <fieldset className={styles.fields}>
        <legend>{t('inbound.formFields')}</legend>
        {FormField.options.map((field) => (
          <Checkbox
            key={field}
            label={t(FIELD_LABELS[field])}
            checked={field === 'lastName' || fields.includes(field)}
            disabled={field === 'lastName'}
            onChange={(_, d) => toggle(field, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field label={t('inbound.origins')} hint={t('inbound.originsHint')} required>
        <Textarea value={origins} onChange={(_, d) => setOrigins(d.value)} />
      </Field>
      <Field label={t('inbound.formLanguage')}>
        <Select value={language} onChange={(_, d) => setLanguage(d.value as FormLanguage)}>
          {FORM_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {languageName.of(lang)}
            </option>
          ))}
        </Select>
      </Field>
      {FORM_LANGUAGES.map((lang) => (
        <Field
          key={lang}
          label={t('inbound.confirmation', { language: languageName.of(lang) ?? lang })}
          required={lang === language}
        >
          <Input
            value={confirmation[lang] ?? ''}
            onChange={(_, d) => setConfirmation((now) => ({ ...now, [lang]: d.value }))}
            maxLength={500}
          />
        </Field>
      ))}
    </FormDialog>
  );
}
