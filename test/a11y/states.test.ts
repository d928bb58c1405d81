/** axe finds nothing in any state a reader can meet: loading, empty, long thread, errors, posting, moderation, reply, collapsed, dark, RTL. */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
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
  useStalledPosts,
} from '../helpers.js';
import type { StoredComment } from '../../demo/mock-backend.js';

/** A thread of `count` comments, every third one a reply to the one before, so it nests. */
function longThread(count: number): StoredComment[] {
  const comments: StoredComment[] = [];
  for (let index = 0; index < count; index++) {
    const parent = index % 3 === 0 ? null : comments[index - 1].id;
    comments.push(
      stored({
        parentId: parent,
        url: index % 4 === 0 ? 'https://example.com/' : null,
        avatar: index % 5 === 0 ? 'https://example.com/a.png' : null,
      }),
    );
  }
  return comments;
}

describe('accessibility of every state (axe)', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(async () => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  it('loading', async () => {
    await useHandlers(
      http.get('/api/comments', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const section = await mountSection({}, false);
    await until(() => deepAll(section.shadowRoot!, '[part=status]').length, 'the loading message');
    expect(text(deep(section.shadowRoot!, '[part=status]'))).to.equal('Loading comments…');
    await expect(section).to.be.accessible();
  });

  it('empty', async () => {
    await useRestBackend([]);
    const section = await mountSection();
    expect(text(deep(section.shadowRoot!, '.empty'))).to.contain('Be the first');
    await expect(section).to.be.accessible();
  });

  it('a long, nested thread with Load more', async () => {
    await useRestBackend(longThread(60));
    const section = await mountSection({ 'page-size': '50' });
    expect(deepAll(section.shadowRoot!, 'article').length).to.equal(50);
    expect(deepAll(section.shadowRoot!, '[part=replies] [part=replies]').length).to.be.greaterThan(0);
    expect(deepAll(section.shadowRoot!, '[part=load-more]').length).to.equal(1);
    await expect(section).to.be.accessible();
  });

  it('an error with Retry', async () => {
    await useHandlers(http.get('/api/comments', () => new HttpResponse('down', { status: 503 })));
    const section = await mountSection({}, false);
    await until(() => deepAll(section.shadowRoot!, '[part=retry]').length, 'the Retry button');
    await settle(section);
    await expect(section).to.be.accessible();
  });

  it('validation errors', async () => {
    await useRestBackend([stored()]);
    const section = await mountSection();
    deep(section.shadowRoot!, '[part=submit]').click();
    await until(() => deepAll(section.shadowRoot!, '[part=error]').length === 3, 'three field errors');
    expect(deepAll(section.shadowRoot!, '[aria-invalid=true]').length).to.equal(3);
    await expect(section).to.be.accessible();
  });

  it('posting', async () => {
    await useStalledPosts([stored()]);
    const section = await mountSection({ thread: THREAD });
    submitComment(section);
    await until(() => text(deep(section.shadowRoot!, '[part=submit]')) === 'Posting…', 'Posting…');
    await expect(section).to.be.accessible();
  });

  it('pending moderation', async () => {
    await useRestBackend([stored()], { holdWords: ['hold'] });
    const section = await mountSection();
    submitComment(section, 'Please hold this one.');
    await until(() => deepAll(section.shadowRoot!, '[part=pending-notice]').length, 'the moderation notice');
    await settle(section);
    await expect(section).to.be.accessible();
  });

  it('reply form open', async () => {
    await useRestBackend([stored({ id: 'p1' }), stored({ parentId: 'p1' })]);
    const section = await mountSection();
    deep(section.shadowRoot!, '#comment-p1 [part=reply-button]').click();
    await until(() => deepAll(section.shadowRoot!, '[part=cancel-reply]').length, 'the reply form');
    await settle(section);
    expect(deepAll(section.shadowRoot!, 'form').length).to.equal(1);
    await expect(section).to.be.accessible();
  });

  it('collapsed', async () => {
    await useRestBackend([stored()]);
    const section = await mountSection({ collapsed: '' }, false);
    expect(deepAll(section.shadowRoot!, '[part=toggle]').length).to.equal(1);
    await expect(section).to.be.accessible();
  });

  it('dark theme, chosen or from the system', async () => {
    await useRestBackend([
      stored({ id: 'p1', url: 'https://example.com/' }),
      stored({ parentId: 'p1', status: 'approved' }),
    ]);
    const dark = await mountSection({ theme: 'dark' });
    await expect(dark).to.be.accessible();
    dark.remove();
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.cssText = 'color-scheme: dark; background: #111; color: #eee';
    try {
      const auto = await mountSection();
      await expect(auto).to.be.accessible();
    } finally {
      document.documentElement.style.cssText = '';
    }
  });

  it('right to left', async () => {
    await useRestBackend([stored({ id: 'p1' }), stored({ parentId: 'p1' })]);
    const section = await mountSection({ lang: 'he' });
    await until(() => deep(section.shadowRoot!, 'section').dir === 'rtl', 'Hebrew');
    await settle(section);
    await expect(section).to.be.accessible();
  });
});
