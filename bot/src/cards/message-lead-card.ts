import type { LeadFromMessage } from '@channel-crm/domain';
import { card, text } from './adaptive';
import type { AdaptiveCard, CardElement, TextInput } from './adaptive-card';
import type { CardText } from './card-text';

/** The dialog's inputs, by id: the keys of the values Teams sends back on submit. */
export const MESSAGE_LEAD_INPUTS = [
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'spaceId',
] as const;
export type MessageLeadInputs = Partial<Record<(typeof MESSAGE_LEAD_INPUTS)[number], string>>;

export type MessageLeadDialog = {
  values: LeadFromMessage & { spaceId?: string };
  spaces: { id: string; name: string }[];
  /** Why the last submit was refused, shown above the inputs. */
  error?: string;
};

const input = (
  id: keyof LeadFromMessage,
  label: string,
  value: string | undefined,
  extra: Partial<TextInput> = {},
): TextInput => ({
  type: 'Input.Text',
  id,
  label,
  ...(value ? { value } : {}),
  ...extra,
});

/** The "create a lead from this message" dialog, prefilled with what the message says. */
export function messageLeadCard(dialog: MessageLeadDialog, t: CardText): AdaptiveCard {
  const { values, spaces, error } = dialog;
  const words = t.messageLead;
  const body: CardElement[] = [
    ...(error ? [text(error, { color: 'attention', weight: 'bolder' })] : []),
    text(words.intro, { isSubtle: true }),
    input('firstName', words.firstName, values.firstName, { maxLength: 100 }),
    input('lastName', words.lastName, values.lastName, {
      isRequired: true,
      maxLength: 200,
      errorMessage: words.lastNameRequired,
    }),
    input('company', t.company, values.company, { maxLength: 200 }),
    input('email', words.email, values.email, { style: 'email', maxLength: 254 }),
    input('phone', words.phone, values.phone, { style: 'tel', maxLength: 40 }),
    {
      type: 'Input.ChoiceSet',
      id: 'spaceId',
      label: words.space,
      isRequired: true,
      style: 'compact',
      choices: spaces.map((s) => ({ title: s.name, value: s.id })),
      ...(values.spaceId ? { value: values.spaceId } : {}),
    },
  ];
  return card(body, [{ type: 'Action.Submit', title: words.create, style: 'positive' }]);
}
