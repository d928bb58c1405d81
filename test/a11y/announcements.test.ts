/** What a screen reader hears without moving: one polite live region, and each message it carries. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { deep, deepAll, mountSection, settle, stored, text, THREAD, type, until, useHandlers, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { createRestHandlers, memoryStore } from '../../demo/mock-backend.js';

const LIVE = '[aria-live], [role=status], [role=alert], [role=log]';
const region = (section: ParleyComments) => deep(section.shadowRoot!, '[role=status]');
const heard = (section: ParleyComments) => text(region(section));

function submitComment(section: ParleyComments, content: string): void {
  const root = section.shadowRoot!;
  type(deep<HTMLTextAreaElement>(root, '#content'), content);
  type(deep<HTMLInputElement>(root, '#author'), 'Rosa');
  type(deep<HTMLInputElement>(root, '#email'), 'rosa@example.com');
  deep(root, '[part=submit]').click();
}

describe('announcements', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/register.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('has exactly one live region, polite and atomic, whatever is on screen', async () => {
    await useRestBackend([stored({ id: 'p1' })]);
    const section = await mountSection();
    deep(section.shadowRoot!, '[part=submit]').click();
    await until(() => deepAll(section.shadowRoot!, '[part=error]').length, 'field errors');
    deep(section.shadowRoot!, '#comment-p1 [part=reply-button]').click();
    await settle(section);
    const live = deepAll(section.shadowRoot!, LIVE);
    expect(live.length).to.equal(1);
    expect(live[0].getAttribute('role')).to.equal('status');
    expect(live[0].getAttribute('aria-live')).to.equal('polite');
    expect(live[0].getAttribute('aria-atomic')).to.equal('true');
  });

  it('announces a held comment as awaiting moderation', async () => {
    await useRestBackend([], { holdWords: ['hold'] });
    const section = await mountSection();
    submitComment(section, 'Please hold this.');
    await until(() => heard(section) === 'Your comment is awaiting moderation.', 'the moderation message');
  });

  it('announces a failed load with its reason', async () => {
    await useHandlers(http.get('/api/comments', () => new HttpResponse('down', { status: 503 })));
    const section = await mountSection({}, false);
    await until(() => heard(section) !== '', 'an announcement');
    expect(heard(section)).to.equal('The comments could not be loaded. The comments server had a problem.');
  });

  it('announces a failed post, and the same failure again when it repeats', async () => {
    const [list] = createRestHandlers({ api: '/api', store: memoryStore([]) });
    await useHandlers(list, http.post('/api/comments', () => new HttpResponse('down', { status: 503 })));
    const section = await mountSection({ thread: THREAD });
    submitComment(section, 'First try.');
    await until(() => heard(section).startsWith('Your comment was not posted.'), 'the failure');
    const first = region(section).textContent;
    deep(section.shadowRoot!, '[part=submit]').click();
    await until(() => region(section).textContent !== first, 'a second announcement that differs, so it is read again');
    expect(heard(section)).to.equal(text({ textContent: first } as Element));
  });

  it('announces comments loaded by Load more, in the section language', async () => {
    await useRestBackend(Array.from({ length: 3 }, () => stored()));
    const section = await mountSection({ 'page-size': '2', lang: 'de' });
    await until(() => text(deep(section.shadowRoot!, '[part=load-more]')) === 'Weitere Kommentare laden', 'German');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await until(() => heard(section) === '1 weiterer Kommentar geladen', 'the German announcement');
  });
});
