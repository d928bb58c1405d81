/** <parley-comments> around the comments and form a CMS printed (a WordPress theme's): shown until Parley's own take over, with no flash. */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { deepAll, settle, stored, text, THREAD, until, useRestBackend, worker } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

/** What a classic WordPress theme prints: `wp_list_comments()` in `ol.comment-list`, and `comment_form()`. */
const themeMarkup = `
  <ol class="comment-list">
    <li id="comment-7" class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">Theme Reader</b> <time datetime="2026-11-01T09:00:00Z">November 1, 2026</time></footer>
      <div class="comment-content"><p>Printed by the theme.</p></div>
    </article></li>
  </ol>
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
    <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
      <p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" required></textarea></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
      <input type="hidden" name="comment_post_ID" value="42" id="comment_post_ID">
    </form>
  </div>`;

/** A section holding the theme's markup, in the page before Parley draws anything. */
function sectionWithThemeMarkup(): ParleyComments {
  const section = document.createElement('parley-comments');
  for (const [name, value] of Object.entries({ api: '/api', thread: THREAD, loading: 'eager', lang: 'en' }))
    section.setAttribute(name, value);
  // The theme's HTML as a page would hold it, parsed once (these tests own the markup: nothing from a backend).
  section.append(document.createRange().createContextualFragment(themeMarkup));
  return section;
}

const shown = (element: Element | null | undefined) => Boolean(element?.checkVisibility());
const themeList = (section: Element) => section.querySelector('.comment-list');
const parleyComments = (section: Element) => deepAll(section.shadowRoot!, 'parley-comment').filter(shown);

/** Holds the thread's first page until `release` is called. */
function holdFirstPage(): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Answers nothing itself: once released, the request goes on to the mock backend's own handler.
  worker.use(http.get('/api/comments', () => held.then(() => undefined)));
  return release;
}

describe('<parley-comments> around a CMS’s comments', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('shows the theme’s comments and form while its own load, then its own in their place', async () => {
    await useRestBackend([stored({ content: 'Drawn by Parley.' })]);
    const release = holdFirstPage();
    const section = sectionWithThemeMarkup();
    document.body.append(section);
    await section.updateComplete;

    expect(shown(themeList(section))).to.equal(true, 'the theme’s comments while Parley loads');
    expect(shown(section.querySelector('#commentform'))).to.equal(true, 'the theme’s form while Parley loads');
    expect(text(section.shadowRoot!.querySelector('[part=heading]')!)).to.equal('Comments');
    await expect(section).to.be.accessible();

    release();
    await until(() => parleyComments(section).length === 1, 'Parley’s comment');
    await settle(section);
    expect(shown(themeList(section))).to.equal(false, 'the theme’s comments once Parley’s are drawn');
    expect(shown(section.querySelector('#commentform'))).to.equal(false, 'the theme’s form once Parley’s is drawn');
    expect(text(parleyComments(section)[0])).to.contain('Drawn by Parley.');
    await expect(section).to.be.accessible();
  });

  it('never shows the section without comments: every frame has the theme’s or its own', async () => {
    await useRestBackend([stored({ content: 'Drawn by Parley.' })]);
    const release = holdFirstPage();
    const section = sectionWithThemeMarkup();
    const frames: boolean[] = [];
    let sampling = true;
    const sample = () => {
      frames.push(shown(themeList(section)) || parleyComments(section).length > 0);
      if (sampling) requestAnimationFrame(sample);
    };
    document.body.append(section);
    requestAnimationFrame(sample);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await until(() => parleyComments(section).length === 1, 'Parley’s comment');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    sampling = false;
    expect(frames.length).to.be.greaterThan(3);
    expect(frames.every(Boolean)).to.equal(true, `frames with comments: ${frames.join(', ')}`);
  });

  it('keeps the theme’s comments when its own cannot be loaded', async () => {
    await useRestBackend([]);
    worker.use(http.get('/api/comments', () => Response.error()));
    const section = sectionWithThemeMarkup();
    const failed = new Promise((resolve) => section.addEventListener('parley-error', resolve, { once: true }));
    document.body.append(section);
    await failed;
    await settle(section);
    expect(shown(themeList(section))).to.equal(true);
    expect(text(section.shadowRoot!.querySelector('[part=retry]')!)).to.equal('Retry');
  });

  it('a section without a CMS’s comments says it is loading', async () => {
    await useRestBackend([]);
    const release = holdFirstPage();
    const section = document.createElement('parley-comments');
    section.setAttribute('api', '/api');
    section.setAttribute('loading', 'eager');
    document.body.append(section);
    await until(() => section.shadowRoot!.querySelector('[part=status]'), 'the loading status');
    expect(text(section.shadowRoot!.querySelector('[part=status]')!)).to.equal('Loading comments…');
    release();
  });
});
