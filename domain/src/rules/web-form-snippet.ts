/** The hidden field bots fill in and people never see: a filled one stores nothing. */
export const HONEYPOT_FIELD = 'fax_number';
/** The hidden field with the signed time the form was rendered. */
export const STAMP_FIELD = '_rendered';

/**
 * What a website pastes to show a web form: a box and a script that loads the form's HTML from
 * the API (allowed for the form's origins only), posts it, and shows the confirmation. It
 * names the form and the API; it holds no secret.
 */
export function webFormSnippet(apiBase: string, formId: string): string {
  const base = apiBase.replace(/\/+$/, '');
  const box = `crm-form-${formId}`;
  return `<div id="${box}"></div>
<script>
(async () => {
  const box = document.getElementById('${box}');
  const page = await fetch('${base}/api/forms/${formId}/embed');
  box.innerHTML = await page.text();
  const form = box.querySelector('form');
  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await fetch(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(new FormData(form))),
    });
    const answer = await reply.json();
    const message = document.createElement('p');
    message.setAttribute('role', 'status');
    message.textContent = answer.message ?? answer.detail;
    box.replaceChildren(message);
  });
})();
</script>`;
}
