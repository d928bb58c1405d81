// What the strict-CSP and script-URL pages share: driving the section in the page as a reader would.
export const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits (up to about four seconds) until `test` is true; returns its last value. */
export async function until(test) {
  for (let i = 0; i < 200 && !test(); i++) await nextFrame();
  return test();
}

/** The text of every comment body the section shows. */
export const bodies = (section) =>
  [
    ...(section.shadowRoot?.querySelector('parley-comment-list')?.shadowRoot?.querySelectorAll('[part="body"]') ?? []),
  ].map((body) => body.textContent.trim());

/** The form's shadow root, once the form has been drawn (it comes after the comments); null if it never is. */
export async function formOf(section) {
  const root = () => section.shadowRoot.querySelector('parley-comment-form')?.shadowRoot;
  return (await until(() => root()?.querySelector('textarea'))) ? root() : null;
}

/** Types `fields` into the form and sends it; true when the section says it posted, false on an error or after 5 s. */
export async function post(section, form, fields) {
  for (const [name, value] of Object.entries(fields)) {
    const field = form.querySelector(`[name="${name}"]`);
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  const outcome = (type, ok) =>
    new Promise((resolve) => section.addEventListener(type, () => resolve(ok), { once: true }));
  form.querySelector('[part="submit"]').click();
  return Promise.race([
    outcome('parley-posted', true),
    outcome('parley-error', false),
    new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
}
