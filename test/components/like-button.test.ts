/** The like buttons' own code: how a comment's button is found, and what it loads before the reader presses one. */
import { expect } from '@open-wc/testing';
import { CommentDrawer } from '../../src/components/comment/comment.js';
import type { CommentAddon } from '../../src/components/comment/comment.js';
import { h } from '../../src/components/comment/dom.js';
import { likeButtons } from '../../src/components/likes/like-button.js';
import { Ui } from '../../src/i18n/ui.js';
import { en } from '../../src/i18n/en.js';
import type { CommentBackend } from '../../src/backends/backend.js';
import type { Comment } from '../../src/model/comment.js';
import { stored, text, until } from '../helpers.js';

const backend: CommentBackend = {
  list: () => Promise.reject(new Error('not listed here')),
  create: () => Promise.reject(new Error('not posted here')),
  like: () => Promise.resolve(8),
  unlike: () => Promise.resolve(7),
};

/** Draws `comment` with the like buttons and, after Reply, another control of a comment's (Edit, say). */
function drawWithAnotherControl(comment: Comment): HTMLElement {
  const likes = likeButtons(backend);
  const addon: CommentAddon = {
    blank(article, ui) {
      likes.blank(article, ui);
      article.append(h('button', { part: 'other-control' }, 'Other'));
    },
    fill: likes.fill,
  };
  const item = new CommentDrawer(new Ui('en', {}, en), undefined, addon).draw(
    { comment, parent: null, replies: [], level: 1 },
    () => [],
  );
  document.body.append(item);
  return item;
}

describe('like buttons', () => {
  afterEach(() => document.querySelectorAll('li').forEach((item) => item.remove()));

  it('finds its own button however many controls a comment has, and leaves Reply alone', async () => {
    const { thread: _thread, email: _email, ...comment } = stored({ likes: 7 });
    const item = drawWithAnotherControl(comment);
    const like = item.querySelector<HTMLButtonElement>('[part=like]')!;
    const reply = item.querySelector<HTMLButtonElement>('[part=reply-button]')!;
    expect(text(like)).to.equal('♥ Like 7');
    expect(text(reply)).to.equal('Reply');
    expect(reply.hidden).to.equal(false);
    like.click();
    await until(() => like.getAttribute('aria-pressed') === 'true' && !like.hasAttribute('aria-busy'), 'the like');
    expect(text(like)).to.equal('♥ Like 8');
    expect(text(item.querySelector('[part=other-control]')!)).to.equal('Other');
  });
});
