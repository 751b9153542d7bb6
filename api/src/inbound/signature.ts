import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signed request older (or further ahead) than this is refused as a possible replay. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

export type SignatureCheck = 'valid' | 'invalid' | 'expired';

/** The hex HMAC-SHA256 of `${timestamp}.${rawBody}`, as the sender computes it. */
export const signatureOf = (key: string, timestamp: string, rawBody: string) =>
  createHmac('sha256', key).update(`${timestamp}.${rawBody}`).digest('hex');

/**
 * Checks `X-Signature: sha256=<hex>` over `${X-Timestamp}.${rawBody}` (unix seconds), keyed by
 * the key's signing secret. A missing or malformed header is invalid; a timestamp more than
 * five minutes from `nowSeconds` is expired, whatever the signature.
 */
export function checkSignature(
  key: string,
  headers: { signature: string | null; timestamp: string | null },
  rawBody: string,
  nowSeconds: number,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return 'invalid';
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return 'expired';
  const sent = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim())?.[1];
  if (!sent) return 'invalid';
  const expected = Buffer.from(signatureOf(key, timestamp, rawBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(sent.toLowerCase(), 'hex')) ? 'valid' : 'invalid';
}
