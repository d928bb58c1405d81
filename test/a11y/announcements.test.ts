/** What a screen reader hears without moving: one polite live region, and each message it carries. */
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  deep,
  deepAll,
  mountSection,
  settle,
  stored,
  text,
  submitComment,
  THREAD,
  until,
  useHandlers,
  useRestBackend,
} from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { createRestHandlers, memoryStore } from '../../demo/mock-backend.js';

const LIVE = '[aria-live], [role=status], [role=alert], [role=log]';
const region = (section: ParleyComments) => deep(section.shadowRoot!, '[role=status]');
const heard = (section: ParleyComments) => text(region(section));

describe('announcements', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

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

  it('announces each retry of a failing post, then the failure', async () => {
    const { list } = createRestHandlers({ api: '/api', store: memoryStore([]) });
    await useHandlers(
      list,
      http.post('/api/comments', () => HttpResponse.error()),
    );
    const section = await mountSection({ thread: THREAD });
    const messages = new Set<string>();
    const listen = new MutationObserver(() => messages.add(heard(section)));
    listen.observe(region(section), { childList: true, characterData: true, subtree: true });
    const failed = oneEvent(section, 'parley-error');
    submitComment(section, 'First try.');
    await failed;
    await settle(section);
    listen.disconnect();
    expect([...messages].some((message) => message.startsWith('Your comment could not be sent yet. Retrying…'))).to.be
      .true;
    expect(heard(section)).to.match(/^Your comment was not posted\. Your text is still here; please try again\. /);
  });

  it('announces comments loaded by Load more, in the section language', async () => {
    await useRestBackend(Array.from({ length: 3 }, () => stored()));
    const section = await mountSection({ 'page-size': '2', lang: 'de' });
    await until(() => text(deep(section.shadowRoot!, '[part=load-more]')) === 'Weitere Kommentare laden', 'German');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await until(() => heard(section) === '1 weiterer Kommentar geladen', 'the German announcement');
  });
});
