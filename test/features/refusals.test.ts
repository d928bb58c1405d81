/**
 * What a reader is told when the backend refuses a reader feature: sorting whose page does not come, a post asking
 * for mail about replies that the server refuses, and new comments that cannot be looked for.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { deep, deepAll, mountSection, settle, stored, text, until, useRestBackend } from '../helpers.js';
import {
  contentBox,
  controlPosting,
  fillForm,
  form,
  formStatus,
  restorePosting,
  submit,
} from '../reliability/posting-helpers.js';

const root = (section: ParleyComments) => section.shadowRoot!;
const bodies = (section: ParleyComments) => deepAll(root(section), '[part=body]').map(text);

describe('refusals of reader features', () => {
  before(() =>
    Promise.all([
      import('../../src/components/comment-form/form-chunk.js'),
      import('../../src/components/reading-tools/reading-tools-chunk.js'),
    ]),
  );
  beforeEach(controlPosting);
  afterEach(() => {
    restorePosting();
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
  });

  it('says so with a Retry when the thread cannot be listed in the order chosen, and keeps the draft', async () => {
    let refuse = true;
    const newestDown = http.get('/api/comments', ({ request }) =>
      refuse && new URL(request.url).searchParams.get('order') === 'newest'
        ? HttpResponse.json({ error: 'Down for maintenance' }, { status: 503 })
        : undefined,
    );
    await useRestBackend([stored({ content: 'First' }), stored({ content: 'Second' })], { first: [newestDown] });
    const section = await mountSection();
    await until(() => deepAll(root(section), '[part=sort-select]').length, 'the sort control');
    await fillForm(section, { content: 'Half a thought' });
    const select = deep<HTMLSelectElement>(root(section), '[part=sort-select]');
    select.value = 'newest';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => deepAll(root(section), '[part=retry]').length, 'the Retry button');
    await settle(section);
    expect(text(deep(root(section), '.status.error p'))).to.match(/could not be loaded/i);
    expect(contentBox(section).value).to.equal('Half a thought');
    refuse = false;
    deep<HTMLButtonElement>(root(section), '[part=retry]').click();
    await until(() => bodies(section)[0] === 'Second', 'the newest first');
    expect(contentBox(section).value).to.equal('Half a thought');
  });

  it('shows the refusal of a post asking for mail about replies, keeps the text, and keeps the box ticked', async () => {
    const notifyRefused = http.post('/api/comments', async ({ request }) =>
      ((await request.clone().json()) as { notify?: boolean }).notify
        ? HttpResponse.json({ error: 'Mail about replies is switched off on this site.' }, { status: 422 })
        : undefined,
    );
    await useRestBackend([stored()], { features: ['notify'], first: [notifyRefused] });
    const section = await mountSection();
    const box = () => deepAll<HTMLInputElement>(form(section).shadowRoot!, '#notify')[0];
    await until(box, 'the checkbox');
    box().click();
    await fillForm(section, { content: 'Tell me about replies' });
    await submit(section);
    await until(() => formStatus(section).includes('switched off'), 'the refusal');
    expect(contentBox(section).value).to.equal('Tell me about replies');
    expect(box().checked).to.equal(true);
    await expect(section).to.be.accessible();
  });
});
