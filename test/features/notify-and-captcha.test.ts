/**
 * "Notify me of follow-up comments by email." where the backend sends such mail, and a captcha provider's token
 * asked for right before each attempt to post.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { deep, deepAll, mountSection, settle, stored, text, THREAD, until, useLoggingBackend } from '../helpers.js';
import { CAPTCHA_REFUSED } from '../../demo/mock-backend.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import type { ReaderFeature } from '../../src/backends/backend.js';
import type { Comment } from '../../src/model/comment.js';
import type { Drafts } from '../../src/drafts/drafts.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import {
  contentBox,
  controlPosting,
  fillForm,
  form,
  formStatus,
  recordedWaits,
  restorePosting,
  submit,
} from '../reliability/posting-helpers.js';

interface Options {
  features?: ReaderFeature[];
  captchaToken?: string;
  /** Answers to the first POSTs, before the backend itself answers. */
  faults?: Array<() => Response>;
}

/** The reference REST backend, logging what each POST carried and the mail it would send. */
async function useBackend(comments: StoredComment[], options: Options = {}) {
  const mails: Array<{ to: string; reply: Comment }> = [];
  const { store, bodies } = await useLoggingBackend(comments, {
    ...options,
    mail: (to, reply) => mails.push({ to, reply }),
  });
  return { store, mails, bodies };
}

const notifyBox = (section: Element) => deepAll<HTMLInputElement>(form(section).shadowRoot!, '#notify')[0];

/** Waits for the checkbox: the options' code loads with the form's, after the first page. */
async function notifyShown(section: ParleyComments): Promise<HTMLInputElement> {
  for (let tries = 0; tries < 4 && !notifyBox(section); tries++)
    await until(() => notifyBox(section), 'the checkbox').catch(() => undefined);
  await settle(section);
  return notifyBox(section);
}

describe('notify me of follow-up comments', () => {
  // The form's code (and the options' with it) comes after the first page; have it here, so the first test waits no longer.
  before(() => import('../../src/components/comment-form/form-chunk.js'));
  beforeEach(controlPosting);
  afterEach(() => {
    restorePosting();
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
  });

  it("is offered, unticked and labelled in WordPress plugins' words, where the backend mails replies", async () => {
    await useBackend([stored()], { features: ['notify'] });
    const section = await mountSection();
    const box = await notifyShown(section);
    expect(box.checked).to.equal(false);
    expect(text(deep(form(section).shadowRoot!, 'label[for=notify]'))).to.equal(
      'Notify me of follow-up comments by email.',
    );
    expect(deep(form(section).shadowRoot!, '[part=notify]')).to.exist;
    await expect(section).to.be.accessible();
  });

  it("keeps the tick out of the draft of the form's fields, which holds only what the reader typed", async () => {
    await useBackend([stored()], { features: ['notify'] });
    const section = await mountSection();
    const box = await notifyShown(section);
    box.click();
    await settle(section);
    expect(box.checked).to.equal(true);
    const { fields } = (form(section) as unknown as { drafts: Drafts }).drafts;
    expect(Object.keys(fields).sort()).to.deep.equal(['author', 'consent', 'content', 'email', 'url']);
  });

  it('is not offered where the backend sends no such mail', async () => {
    await useBackend([stored()]);
    const section = await mountSection();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(section);
    expect(notifyBox(section)).to.equal(undefined);
  });

  it('asks the backend for mail when ticked, and the reader gets it when someone replies', async () => {
    const { mails, bodies } = await useBackend([stored({ id: 'root' })], { features: ['notify'] });
    const section = await mountSection();
    (await notifyShown(section)).click();
    await fillForm(section, { content: 'Tell me when someone answers.', email: 'ada@example.com' });
    await submit(section);
    await until(() => bodies.length === 1, 'the post');
    expect(bodies[0].notify).to.equal(true);
    await until(() => !contentBox(section).value, 'the post delivered');
    const posted = (await (await fetch(`/api/comments?thread=${encodeURIComponent(THREAD)}&limit=50`)).json()) as {
      comments: Comment[];
    };
    const mine = posted.comments.find((comment) => comment.content === 'Tell me when someone answers.')!;
    await fetch('/api/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        thread: THREAD,
        parentId: mine.id,
        author: 'Bob',
        email: 'bob@example.com',
        url: null,
        content: 'Here is an answer.',
      }),
    });
    expect(mails.map(({ to }) => to)).to.deep.equal(['ada@example.com']);
  });

  it('asks for nothing when left unticked', async () => {
    const { bodies } = await useBackend([stored()], { features: ['notify'] });
    const section = await mountSection();
    await notifyShown(section);
    await fillForm(section, { content: 'No mail for me.' });
    await submit(section);
    await until(() => bodies.length === 1, 'the post');
    expect(bodies[0]).not.to.have.property('notify');
  });

  it("speaks the section's language", async () => {
    await useBackend([stored()], { features: ['notify'] });
    const section = await mountSection({ lang: 'de' });
    await notifyShown(section);
    expect(text(deep(form(section).shadowRoot!, 'label[for=notify]'))).to.equal(
      'Benachrichtige mich über nachfolgende Kommentare via E-Mail.',
    );
  });
});

describe('captcha', () => {
  beforeEach(controlPosting);
  afterEach(() => {
    restorePosting();
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
  });

  /** A fake provider: hands out numbered tokens, or fails when told. */
  function fakeProvider(fail = false) {
    const asked: number[] = [];
    return {
      asked,
      provider: {
        token: () => {
          asked.push(performance.now());
          return fail
            ? Promise.reject(new Error('The challenge could not be loaded'))
            : Promise.resolve(`token-${asked.length}`);
        },
      },
    };
  }

  it("sends the provider's token with the post, asked for right before it", async () => {
    const { bodies } = await useBackend([stored()], { captchaToken: 'token-1' });
    const section = await mountSection();
    const { asked, provider } = fakeProvider();
    section.captcha = provider;
    await fillForm(section, { content: 'Checked by a captcha.' });
    expect(asked, 'nothing is asked before posting').to.have.length(0);
    await submit(section);
    await until(() => !contentBox(section).value, 'the post delivered');
    expect(bodies.map((body) => body.captcha)).to.deep.equal(['token-1']);
    expect(shownTexts(section)).to.include('Checked by a captcha.');
  });

  it('asks for a fresh token for each attempt, and keeps none with the queued post', async () => {
    const { bodies } = await useBackend([stored()], {
      captchaToken: 'token-2',
      faults: [() => HttpResponse.json({ error: 'Down' }, { status: 503 })],
    });
    const section = await mountSection();
    const { provider } = fakeProvider();
    section.captcha = provider;
    await fillForm(section, { content: 'Sent twice, created once.' });
    await submit(section);
    await until(() => bodies.length === 2 && !contentBox(section).value, 'the retry delivered');
    expect(recordedWaits).to.have.length(1);
    expect(bodies.map((body) => body.captcha)).to.deep.equal(['token-1', 'token-2']);
    expect(JSON.stringify(localStorage)).not.to.include('token-');
  });

  it('sends no captcha field when the page has no provider', async () => {
    const { bodies } = await useBackend([stored()]);
    const section = await mountSection();
    await fillForm(section, { content: 'No captcha here.' });
    await submit(section);
    await until(() => bodies.length === 1, 'the post');
    expect(bodies[0]).not.to.have.property('captcha');
  });

  it("shows the backend's refusal of a bad token, and keeps the text", async () => {
    await useBackend([stored()], { captchaToken: 'the-right-token' });
    const section = await mountSection();
    section.captcha = fakeProvider().provider;
    await fillForm(section, { content: 'A wrong token.' });
    await submit(section);
    await until(() => formStatus(section).includes(CAPTCHA_REFUSED), 'the refusal');
    expect(contentBox(section).value).to.equal('A wrong token.');
    await expect(section).to.be.accessible();
  });

  it('tells the reader when the provider gives no token, sends nothing, and keeps the text', async () => {
    const { bodies } = await useBackend([stored()], { captchaToken: 'token-1' });
    const section = await mountSection();
    section.captcha = fakeProvider(true).provider;
    const errors: unknown[] = [];
    section.addEventListener('parley-error', (event) => errors.push(event.detail.error));
    await fillForm(section, { content: 'The challenge fails.' });
    await submit(section);
    await until(() => formStatus(section).includes('was not posted'), 'the failure');
    expect(bodies).to.have.length(0);
    expect(contentBox(section).value).to.equal('The challenge fails.');
    expect(String(errors[0])).to.include('challenge');
  });
});

const shownTexts = (section: Element) => deepAll(section.shadowRoot!, '[part=body]').map(text);
