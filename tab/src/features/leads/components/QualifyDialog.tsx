import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ShortText, type Lead } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../shell/error-text';
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
  const errorText = useErrorText();
  const { space } = useSpace();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<1 | 2>(1);
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 1) return next();
    const found: typeof errors = {};
    for (const part of parts) {
      const parsed = ShortText.safeParse(names[part]);
      if (!parsed.success) found[part] = parsed.error.issues[0]?.message ?? t('common.required');
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
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('qualify.title', { name: lead.lastName })}</DialogTitle>
            <DialogContent className={styles.stack}>
              {qualify.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{errorText(qualify.error)}</MessageBarBody>
                </MessageBar>
              )}
              {step === 1 ? (
                <fieldset className={styles.fieldset}>
                  <legend>
                    <Text weight="semibold">{t('qualify.pick')}</Text>
                  </legend>
                  {(['contact', 'account', 'opportunity'] as const).map((part) => (
                    <Checkbox
                      key={part}
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
            </DialogContent>
            <DialogActions>
              {step === 2 && <Button onClick={() => setStep(1)}>{t('common.back')}</Button>}
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={qualify.isPending}>
                {step === 1 ? t('common.next') : t('qualify.submit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
