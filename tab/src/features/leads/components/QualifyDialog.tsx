import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ShortText, type Lead } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { FormDialog } from '../../../shell/components/FormDialog';
import { useFieldErrorText } from '../../../shell/forms/field-error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useSpace } from '../../../shell/SpaceContext';
import { recordKey } from '../../records/api/records-api';
import { qualifyLead, type QualifyInput, type QualifyResult } from '../api/leads-api';

type Part = 'contact' | 'account' | 'opportunity';

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalM },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
});

/** Step 1: what to create (any combination). Step 2: only the names those records need. */
export function QualifyDialog({
  open,
  lead,
  onClose,
  onDone,
}: {
  open: boolean;
  lead: Lead;
  onClose: () => void;
  onDone: (r: QualifyResult) => void;
}) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const fieldErrors = useFieldErrorText();
  const { space } = useSpace();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<1 | 2>(1);
  // Back removes the button that had focus: focus goes to the first choice of step 1 instead.
  const firstChoice = useRef<HTMLInputElement>(null);
  const [cameBack, setCameBack] = useState(false);
  useEffect(() => {
    if (step === 1 && cameBack) firstChoice.current?.focus();
  }, [step, cameBack]);
  const [parts, setParts] = useState<Set<Part>>(new Set(['contact', 'account', 'opportunity']));
  const [names, setNames] = useState({
    contact: lead.lastName,
    account: lead.company ?? '',
    opportunity: lead.company ?? lead.lastName,
  });
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Part | 'amount' | 'parts', string>>>({});

  const qualify = useMutation({
    mutationFn: (input: QualifyInput) => qualifyLead(lead, input),
    onSuccess: (result) => {
      queryClient.setQueryData(recordKey('lead', lead.id), result.lead);
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      onDone(result);
    },
  });

  const togglePart = (part: Part, on: boolean) =>
    setParts((p) => {
      const next = new Set(p);
      if (on) next.add(part);
      else next.delete(part);
      return next;
    });

  const next = () => {
    if (parts.size === 0) return setErrors({ parts: t('qualify.pickOne') });
    setErrors({});
    setStep(2);
  };

  const submit = () => {
    if (step === 1) return next();
    const found: typeof errors = {};
    for (const part of parts) {
      const parsed = ShortText.safeParse(names[part]);
      if (!parsed.success)
        found[part] =
          Object.values(fieldErrors.fromIssues(parsed.error.issues))[0] ?? t('common.required');
    }
    const minor =
      amount.trim() === '' ? undefined : Math.round(Number(amount.replace(',', '.')) * 100);
    if (minor !== undefined && !(Number.isFinite(minor) && minor >= 0))
      found.amount = t('error.validation');
    if (Object.keys(found).length) return setErrors(found);
    qualify.mutate({
      ...(parts.has('contact')
        ? {
            contact: {
              lastName: names.contact,
              ...(lead.firstName ? { firstName: lead.firstName } : {}),
              ...(lead.email ? { email: lead.email } : {}),
            },
          }
        : {}),
      ...(parts.has('account') ? { account: { name: names.account } } : {}),
      ...(parts.has('opportunity')
        ? {
            opportunity: {
              name: names.opportunity,
              ...(minor !== undefined
                ? { amount: { amount: minor, currency: space?.defaultCurrency ?? 'EUR' } }
                : {}),
            },
          }
        : {}),
    });
  };

  const nameField = (part: Part, label: string) =>
    parts.has(part) && (
      <Field label={label} required validationMessage={errors[part]}>
        <Input
          value={names[part]}
          onChange={(_, d) => setNames((n) => ({ ...n, [part]: d.value }))}
        />
      </Field>
    );

  return (
    <FormDialog
      open={open}
      title={t('qualify.title', { name: lead.lastName })}
      error={qualify.error}
      busy={qualify.isPending}
      submitLabel={step === 1 ? t('common.next') : t('qualify.submit')}
      onSubmit={submit}
      onClose={onClose}
      contentClassName={styles.stack}
      leadingActions={
        step === 2 && (
          <Button
            onClick={() => {
              setCameBack(true);
              setStep(1);
            }}
          >
            {t('common.back')}
          </Button>
        )
      }
    >
      {step === 1 ? (
        <fieldset className={styles.fieldset}>
          <legend>
            <Text weight="semibold">{t('qualify.pick')}</Text>
          </legend>
          {(['contact', 'account', 'opportunity'] as const).map((part) => (
            <Checkbox
              key={part}
              ref={part === 'contact' ? firstChoice : undefined}
              label={t(`qualify.${part}`)}
              checked={parts.has(part)}
              onChange={(_, d) => togglePart(part, d.checked === true)}
            />
          ))}
          {errors.parts && <Text role="alert">{errors.parts}</Text>}
        </fieldset>
      ) : (
        <>
          <Text weight="semibold">{t('qualify.details')}</Text>
          {nameField('contact', t('qualify.contactName'))}
          {nameField('account', t('qualify.accountName'))}
          {nameField('opportunity', t('qualify.opportunityName'))}
          {parts.has('opportunity') && (
            <Field label={t('common.amount')} validationMessage={errors.amount}>
              <Input
                inputMode="decimal"
                value={amount}
                contentAfter={space?.defaultCurrency ?? 'EUR'}
                placeholder={(0).toLocaleString(locale)}
                onChange={(_, d) => setAmount(d.value)}
              />
            </Field>
          )}
        </>
      )}
    </FormDialog>
  );
}
