import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Faster than this after the form was shown, only a bot fills it in. */
export const MIN_FILL_MS = 3_000;
/** A form shown longer ago than this is stale (or its stamp was collected to be replayed). */
export const MAX_FORM_AGE_MS = 86_400_000;

/**
 * The key that signs render times. Not a secret the page carries: the page holds only the time
 * and its signature. Instances behind one app must share it (`CRM_FORM_STAMP_KEY`, set by
 * `infra/main.bicep` per deployment). Without it, as under `npm start`, each process draws its
 * own: one local process renders and checks its own forms, and a form shown before a restart
 * only has to be loaded again.
 */
const stampKey = process.env.CRM_FORM_STAMP_KEY ?? randomBytes(32).toString('hex');

const signatureOf = (formId: string, renderedAt: number) =>
  createHmac('sha256', stampKey).update(`${formId}.${renderedAt}`).digest('base64url');

/** `<ms>.<signature>`: when the form was rendered, signed so a bot cannot backdate it. */
export const renderStamp = (formId: string, renderedAt: number) =>
  `${renderedAt}.${signatureOf(formId, renderedAt)}`;

/** Whether a submission came a plausible while after its form was rendered by this app. */
export function stampIsTimely(formId: string, stamp: string | undefined, now: number): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp ?? '');
  if (!match) return false;
  const renderedAt = Number(match[1]);
  const expected = Buffer.from(signatureOf(formId, renderedAt));
  if (!timingSafeEqual(expected, Buffer.from(match[2]!))) return false;
  const age = now - renderedAt;
  return age >= MIN_FILL_MS && age <= MAX_FORM_AGE_MS;
}
