import { HONEYPOT_FIELD, STAMP_FIELD, type WebForm } from '@channel-crm/domain';
import { FORM_TEXT } from './form-text';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const INPUT_TYPES: Partial<Record<string, string>> = {
  email: 'email',
  phone: 'tel',
  website: 'url',
};

/**
 * The form's HTML: its fields with labels in its language, the honeypot (off-screen, skipped
 * by keyboard and screen readers) and the signed render time. A plain post works without
 * script; the snippet posts it as JSON and shows the confirmation in place.
 */
export function embedHtml(form: WebForm, submitUrl: string, stamp: string): string {
  const text = FORM_TEXT[form.language];
  const fields = form.fields
    .map((field) => {
      const id = `crm-${form.id}-${field}`;
      const required = field === 'lastName' ? ' required' : '';
      return `<p><label for="${id}">${escapeHtml(text.fields[field])}</label><br><input id="${id}" name="${field}" type="${INPUT_TYPES[field] ?? 'text'}"${required}></p>`;
    })
    .join('\n');
  return `<form class="crm-web-form" lang="${form.language}" method="post" action="${escapeHtml(submitUrl)}">
${fields}
<div aria-hidden="true" style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden"><label>${escapeHtml(text.leaveEmpty)} <input name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></label></div>
<input type="hidden" name="${STAMP_FIELD}" value="${escapeHtml(stamp)}">
<p><button type="submit">${escapeHtml(text.send)}</button></p>
</form>`;
}

/** The confirmation as a page, for a plain form post (no script). */
export const confirmationPage = (language: string, message: string) =>
  `<!doctype html><html lang="${escapeHtml(language)}"><meta charset="utf-8"><title>${escapeHtml(message)}</title><p role="status">${escapeHtml(message)}</p></html>`;
