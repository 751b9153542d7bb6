import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import {
  FORM_LANGUAGES,
  HONEYPOT_FIELD,
  STAMP_FIELD,
  WebFormSubmission,
  fieldErrorsOf,
  type FormLanguage,
  type WebForm,
} from '@channel-crm/domain';
import { publishedWebForm, submitWebForm } from '@channel-crm/domain/server';
import { parseJsonText } from '../http/body';
import { problem, problemFromDomain } from '../http/problem';
import { clientAddress } from '../inbound/client-address';
import { createTokenBuckets } from '../inbound/token-bucket';
import { appServices } from '../services/app-services';
import { confirmationPage, embedHtml } from './embed-html';
import { renderStamp, stampIsTimely } from './render-stamp';

/** Submissions a minute from one address to one form. */
const SUBMISSIONS_PER_MINUTE = 10;
const buckets = createTokenBuckets();

type Headers = Record<string, string>;

const withHeaders = (response: HttpResponseInit, headers: Headers): HttpResponseInit => ({
  ...response,
  headers: { ...(response.headers as Headers | undefined), ...headers },
});

/**
 * CORS for a form: a request from one of its origins is answered with that origin allowed;
 * one from elsewhere is refused. A request without `Origin` (no browser page) passes.
 */
function corsFor(form: WebForm, request: HttpRequest): Headers | 'refused' {
  const origin = request.headers.get('origin');
  if (origin === null) return {};
  if (!form.allowedOrigins.includes(origin.toLowerCase())) return 'refused';
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

const originRefused = (correlationId: string) =>
  problem('forbidden', 'This web form may not be used from this origin', correlationId, {
    code: 'web_form_origin',
  });

/** The visitor's language when the form has a confirmation in it, else the form's own. */
function languageFor(form: WebForm, request: HttpRequest): FormLanguage {
  const wanted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase());
  const known = wanted.find(
    (lang): lang is FormLanguage =>
      (FORM_LANGUAGES as readonly string[]).includes(lang) &&
      form.confirmation[lang as FormLanguage] !== undefined,
  );
  return known ?? form.language;
}

async function findForm(formId: string) {
  const services = await appServices();
  return { services, published: await publishedWebForm(services.store, formId) };
}

const formNotFound = (formId: string, correlationId: string) =>
  problem('not_found', `web_form ${formId} was not found`, correlationId, {
    code: 'not_found',
    params: { entity: 'web_form', id: formId },
  });

/** GET /forms/{formId}/embed: the form's HTML, rendered now (its time signed). */
export async function serveEmbed(request: HttpRequest, correlationId: string) {
  const formId = request.params.formId ?? '';
  const { services, published } = await findForm(formId);
  if (!published) return formNotFound(formId, correlationId);
  const cors = corsFor(published.form, request);
  if (cors === 'refused') return originRefused(correlationId);
  const submitUrl = new URL(`/api/forms/${formId}/submissions`, request.url).toString();
  const stamp = renderStamp(formId, Date.parse(services.clock.now()));
  return {
    status: 200,
    headers: {
      ...cors,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
    body: embedHtml(published.form, submitUrl, stamp),
  };
}

/** The body as fields: JSON from the snippet, or a plain form post. */
async function submittedFields(request: HttpRequest) {
  const raw = await request.text();
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded'))
    return { plain: true, value: Object.fromEntries(new URLSearchParams(raw)) as unknown };
  const read = parseJsonText(raw);
  return { plain: false, value: read.ok ? read.value : undefined, unreadable: !read.ok };
}

/** POST (and OPTIONS) /forms/{formId}/submissions. */
export async function serveSubmission(
  request: HttpRequest,
  correlationId: string,
): Promise<HttpResponseInit> {
  const formId = request.params.formId ?? '';
  const { services, published } = await findForm(formId);
  if (!published) return formNotFound(formId, correlationId);
  const { form, actor } = published;
  const cors = corsFor(form, request);
  if (cors === 'refused') return originRefused(correlationId);
  const now = Date.parse(services.clock.now());
  if (request.method === 'OPTIONS')
    return {
      status: 204,
      headers: {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      },
    };
  const body = await submittedFields(request);
  const parsed = WebFormSubmission.safeParse(body.value);
  if (body.unreadable || !parsed.success)
    return withHeaders(
      problem('validation', 'Send the form fields as JSON or a form post', correlationId, {
        errors: (parsed.success ? [] : fieldErrorsOf(parsed.error.issues)).map(
          ({ message, ...field }) => ({ ...field, reason: message }),
        ),
      }),
      cors,
    );
  const values = parsed.data;
  const address = clientAddress(request);
  // After the shape check, so what is counted is a form a browser could have sent.
  const take = buckets.take(`${formId}|${address}`, SUBMISSIONS_PER_MINUTE, now);
  if (!take.ok)
    return withHeaders(
      problem('too_many_requests', 'Too many submissions from here', correlationId, {
        params: { seconds: take.retryAfterSeconds },
      }),
      { ...cors, 'retry-after': String(take.retryAfterSeconds) },
    );
  if (!stampIsTimely(formId, values[STAMP_FIELD], now))
    return withHeaders(
      problem('rule', 'The form was sent too fast, or too long after it was shown', correlationId, {
        code: 'web_form_timing',
        rule: 'web_form_timing',
      }),
      cors,
    );
  const language = languageFor(form, request);
  const message = form.confirmation[language] ?? '';
  // A filled honeypot looks accepted, so the bot learns nothing, and stores nothing.
  if (!values[HONEYPOT_FIELD]) {
    const created = await submitWebForm(
      {
        actor,
        store: services.store,
        clock: services.clock,
        ids: services.ids,
        commitId: correlationId,
      },
      form,
      values,
    );
    if (!created.ok) return withHeaders(problemFromDomain(created.error, correlationId), cors);
  }
  return body.plain
    ? {
        status: 200,
        headers: { ...cors, 'content-type': 'text/html; charset=utf-8' },
        body: confirmationPage(language, message),
      }
    : {
        status: 200,
        headers: { ...cors, 'content-type': 'application/json', 'content-language': language },
        body: JSON.stringify({ message }),
      };
}
