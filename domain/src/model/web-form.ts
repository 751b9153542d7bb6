import { z } from 'zod';
import { IsoDateTime, plainText, ShortText, UserId } from './common';

export const FORM_LANGUAGES = ['en', 'fr', 'de', 'pl', 'ro'] as const;
export const FormLanguage = z.enum(FORM_LANGUAGES);
export type FormLanguage = z.infer<typeof FormLanguage>;

/** The lead's fields a visitor may fill in; the last name is always asked. */
export const FormField = z.enum([
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'website',
]);
export type FormField = z.infer<typeof FormField>;

/** A web origin as browsers send it in `Origin`: scheme, host and port, no path. */
export const WebOrigin = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)
  .transform((origin) => origin.toLowerCase());

const Confirmation = plainText(z.string().trim().min(1).max(500));

export const WebForm = z.object({
  id: z.uuid(),
  spaceId: z.uuid(),
  name: ShortText,
  fields: z.array(FormField),
  allowedOrigins: z.array(z.string()),
  /** The form's own language: its labels, and the confirmation when the visitor's is missing. */
  language: FormLanguage,
  /** The message shown after sending, per language. */
  confirmation: z.partialRecord(FormLanguage, z.string()),
  createdAt: IsoDateTime,
  createdBy: UserId,
});
export type WebForm = z.infer<typeof WebForm>;

export const CreateWebFormInput = z
  .object({
    name: ShortText,
    fields: z
      .array(FormField)
      .min(1)
      .max(FormField.options.length)
      .transform((fields) => [...new Set<FormField>(['lastName', ...fields])]),
    allowedOrigins: z.array(WebOrigin).min(1).max(20),
    language: FormLanguage.default('en'),
    confirmation: z.partialRecord(FormLanguage, Confirmation),
  })
  .refine((form) => form.confirmation[form.language] !== undefined, {
    message: "Give the confirmation in the form's own language",
    path: ['confirmation'],
    params: { code: 'field.required' },
  });
export type CreateWebFormInput = z.infer<typeof CreateWebFormInput>;

/** What a visitor's browser sends: the fields, the signed render time, and the honeypot. */
export const WebFormSubmission = z.record(z.string().max(100), z.string().max(2000));
export type WebFormSubmission = z.infer<typeof WebFormSubmission>;

export const WebFormReceipt = z.object({ message: z.string() });
export type WebFormReceipt = z.infer<typeof WebFormReceipt>;
