/**
 * A Waline server with Turnstile or reCAPTCHA enabled (TURNSTILE_SECRET, RECAPTCHA_V3_SECRET) refuses a post
 * without a token as its logic/base.js does: `ctx.throw(403)`, which it answers `{"errno":403,"errmsg":"Forbidden"}`.
 * The reader is told why in words they understand; the site owner gets a one-line hint in the console.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BackendError } from '../../src/model/errors.js';
import { CAPTCHA_FAILED_MESSAGE } from '../../src/backends/waline.js';
import { createBackend } from '../../src/backends/registry.js';
import { mountSection, until, useHandlers } from '../helpers.js';
import {
  controlPosting,
  contentBox,
  fillForm,
  formStatus,
  restorePosting,
  submit,
} from '../reliability/posting-helpers.js';

const API = '/captcha-waline';
const THREAD = '/posts/protected/';
const forbidden = () => HttpResponse.json({ errno: 403, errmsg: 'Forbidden' }, { status: 403 });
const emptyPage = () =>
  HttpResponse.json({ errno: 0, errmsg: '', data: { page: 1, totalPages: 0, count: 0, data: [] } });

describe('waline: a server that requires a captcha', () => {
  const warnings: string[] = [];
  const realWarn = console.warn;

  beforeEach(() => {
    warnings.length = 0;
    // Parley's own hints; Lit's development build warns too, once per page, whichever test comes first.
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (text.startsWith('Parley')) warnings.push(text);
    };
    controlPosting();
  });

  afterEach(() => {
    console.warn = realWarn;
    restorePosting();
    for (const section of document.querySelectorAll('parley-comments')) section.remove();
  });

  it('tells the reader the comment needs a captcha check this form cannot offer, and the site owner how to fix it', async () => {
    let posts = 0;
    await useHandlers(
      http.get(`${API}/api/comment`, emptyPage),
      http.post(`${API}/api/comment`, () => (posts++, forbidden())),
    );
    const section = await mountSection({ adapter: 'waline', api: API, thread: THREAD });
    await fillForm(section, { content: 'Hello, protected server' });
    await submit(section);
    await until(() => formStatus(section).includes('was not posted'), 'the failure');
    expect(formStatus(section)).to.match(/captcha/i);
    expect(contentBox(section).value).to.equal('Hello, protected server');
    expect(posts, 'a refusal is not retried').to.equal(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).not.to.include('\n');
    expect(warnings[0]).to.include('TURNSTILE_SECRET').and.include('RECAPTCHA_V3_SECRET').and.include(API);
  });

  /** The recorded answer of a real Waline server to a new comment. */
  async function recordedCreate(): Promise<{ status: number; body: string }> {
    const recording = (await (await fetch(new URL('../fixtures/backends/waline.json', import.meta.url))).json()) as {
      exchanges: Record<string, { response: { status: number; body: string } }>;
    };
    return recording.exchanges['create-root'].response;
  }

  it("sends the page's captcha token in the fields Waline's server reads, and the comment is posted", async () => {
    const created = await recordedCreate();
    const bodies: Array<Record<string, unknown>> = [];
    await useHandlers(
      http.get(`${API}/api/comment`, emptyPage),
      // As logic/base.js: the token of the configured provider, `turnstile` or `recaptchaV3`, or 403.
      http.post(`${API}/api/comment`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        return body.turnstile === 'fake-token'
          ? new HttpResponse(created.body, { status: created.status, headers: { 'Content-Type': 'application/json' } })
          : forbidden();
      }),
    );
    const section = await mountSection({ adapter: 'waline', api: API, thread: THREAD });
    section.captcha = { token: () => Promise.resolve('fake-token') };
    await fillForm(section, { content: 'The first comment.', author: 'Ada Lovelace' });
    await submit(section);
    await until(() => contentBox(section).value === '', 'the comment posted');
    expect(bodies[0]).to.include({ turnstile: 'fake-token', recaptchaV3: 'fake-token' });
    expect(formStatus(section)).to.equal('');
    expect(warnings).to.have.length(0);
  });

  it('says the check failed when the server refuses the token, without blaming the site', async () => {
    await useHandlers(http.get(`${API}/api/comment`, emptyPage), http.post(`${API}/api/comment`, forbidden));
    const section = await mountSection({ adapter: 'waline', api: API, thread: THREAD });
    section.captcha = { token: () => Promise.resolve('expired-token') };
    await fillForm(section, { content: 'A stale token' });
    await submit(section);
    await until(() => formStatus(section).includes(CAPTCHA_FAILED_MESSAGE), 'the failure');
    expect(contentBox(section).value).to.equal('A stale token');
    expect(warnings).to.have.length(0);
  });

  it('does not blame a captcha when the server refuses this page altogether (SECURE_DOMAINS)', async () => {
    await useHandlers(http.all(`${API}/api/comment`, forbidden));
    const backend = await createBackend('waline', { api: API, credentials: 'omit' });
    const input = {
      thread: THREAD,
      parentId: null,
      author: 'Ada',
      email: 'ada@example.com',
      url: null,
      content: 'Hello',
    };
    const failure = await backend
      .create(input, { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() })
      .catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(BackendError).and.include({ kind: 'rejected', status: 403 });
    expect((failure as Error).message).not.to.match(/captcha/i);
    expect(warnings.join(' ')).to.include('SECURE_DOMAINS');
  });
});
