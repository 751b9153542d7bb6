import { CreateWebFormInput, WebForm, WebFormReceipt, WebFormSubmission } from '../model/web-form';
import { contract, itemsOf } from './contract';

const tag = 'web-forms';

export const listWebForms = contract({
  name: 'listWebForms',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/forms',
  summary: "A space's web forms",
  tag,
  response: itemsOf(WebForm),
});

export const createWebForm = contract({
  name: 'createWebForm',
  roundTrips: 4,
  method: 'POST',
  path: '/spaces/{id}/forms',
  summary: 'Create a web form: its fields, the origins that may embed it, its confirmation',
  tag,
  body: CreateWebFormInput,
  response: WebForm,
  status: 201,
});

export const deleteWebForm = contract({
  name: 'deleteWebForm',
  roundTrips: 4,
  method: 'DELETE',
  path: '/spaces/{id}/forms/{formId}',
  summary: 'Take a web form down: it stops taking submissions',
  tag,
  status: 204,
});

/** Answers HTML (the form, with a signed render time and no secret), not JSON. */
export const getWebFormEmbed = contract({
  name: 'getWebFormEmbed',
  roundTrips: 1,
  method: 'GET',
  path: '/forms/{formId}/embed',
  summary: 'The embeddable HTML of a web form (CORS: its allowed origins)',
  tag,
  auth: 'public',
  mediaType: 'text/html',
});

/**
 * Takes JSON or a plain form post; CORS and a preflight for the form's allowed origins. The
 * form, the space, the assignment rules, the batch; a rule that assigns to a team adds the
 * teams, the members and the counter's read and write.
 */
export const submitWebForm = contract({
  name: 'submitWebForm',
  roundTrips: 8,
  method: 'POST',
  path: '/forms/{formId}/submissions',
  summary: "A visitor's submission of a web form: a lead, routed by the space's rules",
  tag,
  auth: 'public',
  body: WebFormSubmission,
  response: WebFormReceipt,
});
