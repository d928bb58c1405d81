/** A printed page shows every comment loaded, though comments off screen skip painting on screen. */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { deep, mountSection, stored, useRestBackend } from '../helpers.js';

/** Whether the browser renders the comment's content, rather than skip it as off screen. */
const rendered = (section: Element, id: string) =>
  deep(section.shadowRoot!, `#comment-${id}`).checkVisibility({ contentVisibilityAuto: true });

describe('printing', () => {
  afterEach(async () => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders the comments off screen when the page is printed', async () => {
    await useRestBackend(Array.from({ length: 40 }, (_, i) => stored({ id: `n${i}` })));
    await setViewport({ width: 800, height: 600 });
    const section = await mountSection({ 'page-size': '40' });
    await new Promise(requestAnimationFrame);
    expect(rendered(section, 'n0')).to.equal(true);
    expect(rendered(section, 'n39')).to.equal(false);
    await emulateMedia({ media: 'print' });
    // What is skipped is settled as a frame is drawn: the one after the media changed.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(rendered(section, 'n39')).to.equal(true);
  });
});
