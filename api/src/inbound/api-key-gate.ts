import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { admitApiKey, recordApiKeyUse, type Actor } from '@channel-crm/domain/server';
import { MAX_BODY_BYTES, parseJsonText, type BodyRead } from '../http/body';
import { problem } from '../http/problem';
import type { AppServices } from '../services/app-services';
import { clientAddress } from './client-address';
import { checkSignature } from './signature';
import { createTokenBuckets } from './token-bucket';

export type Admitted = { actor: Actor; body: BodyRead };

type Gate = { ok: true; value: Admitted } | { ok: false; response: HttpResponseInit };

const buckets = createTokenBuckets();

/**
 * Wrong keys a minute from one address before it is refused without a look-up: each wrong key
 * costs a point read, and guessing keys should not be free.
 */
export const FAILED_KEY_CHECKS_PER_MINUTE = 20;
const failedChecks = createTokenBuckets();

/** `Authorization: Bearer <token>` or `X-Api-Key: <token>`. */
function tokenOf(request: HttpRequest): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  return bearer ?? request.headers.get('x-api-key')?.trim() ?? undefined;
}

const refuse = (response: HttpResponseInit): Gate => ({ ok: false, response });

function tooMany(detail: string, seconds: number, correlationId: string): Gate {
  const refusal = problem('too_many_requests', detail, correlationId, { params: { seconds } });
  return refuse({
    ...refusal,
    headers: { ...(refusal.headers as Record<string, string>), 'retry-after': String(seconds) },
  });
}

/**
 * The door of the inbound routes, in place of Entra sign-in: the space's API key, then its
 * rate, then (when the key requires it or the sender signed) the signature over the raw body.
 * Answers the actor the key acts as and the body it read.
 */
export async function admitKeyRequest(
  request: HttpRequest,
  services: AppServices,
  correlationId: string,
): Promise<Gate> {
  const now = Date.parse(services.clock.now());
  const address = clientAddress(request);
  const guessing = failedChecks.peek(address, FAILED_KEY_CHECKS_PER_MINUTE, now);
  if (!guessing.ok)
    return tooMany(
      `Too many wrong API keys from this address: at most ${FAILED_KEY_CHECKS_PER_MINUTE} a minute`,
      guessing.retryAfterSeconds,
      correlationId,
    );
  const token = tokenOf(request);
  const spaceId = request.params.spaceId ?? '';
  const key = token ? await admitApiKey(services.store, token, spaceId) : undefined;
  if (!key) {
    failedChecks.take(address, FAILED_KEY_CHECKS_PER_MINUTE, now);
    return refuse(
      problem(
        'unauthorized',
        'Send a valid API key of this space as "Authorization: Bearer crm_…" or "X-Api-Key"',
        correlationId,
        { code: 'api_key_invalid' },
      ),
    );
  }
  const take = buckets.take(key.keyId, key.ratePerMinute, now);
  if (!take.ok)
    return tooMany(
      `This key sends at most ${key.ratePerMinute} requests a minute`,
      take.retryAfterSeconds,
      correlationId,
    );
  const declared = Number(request.headers.get('content-length') ?? '0');
  const raw = declared > MAX_BODY_BYTES ? undefined : await request.text();
  const signature = request.headers.get('x-signature');
  if (key.requireSignature || signature !== null) {
    const check = checkSignature(
      key.secretHash,
      { signature, timestamp: request.headers.get('x-timestamp') },
      raw ?? '',
      Math.floor(now / 1000),
    );
    if (check !== 'valid')
      return refuse(
        problem(
          'unauthorized',
          check === 'expired'
            ? 'X-Timestamp is more than 5 minutes from now: refused as a possible replay'
            : 'X-Signature must be sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<body>">',
          correlationId,
          { code: check === 'expired' ? 'signature_expired' : 'signature_invalid' },
        ),
      );
  }
  await recordApiKeyUse(services.store, key.keyId, services.clock.now());
  return {
    ok: true,
    value: {
      actor: key.actor,
      body: raw === undefined ? { ok: false, reason: 'too_large' } : parseJsonText(raw),
    },
  };
}
