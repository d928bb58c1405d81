/** Avatars: the backend's pictures where it gives them, else initials on colours spread evenly around the wheel;
 * none with avatars="off". */
import { expect } from '@open-wc/testing';
import { deepAll, mountSection, stored, text, useRestBackend } from '../helpers.js';
import { seedThread } from '../../demo/seed.js';

const PICTURE = 'https://avatars.example/u/ada.png';

describe('avatars', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it("shows the backend's picture, and the initial of an author without one", async () => {
    await useRestBackend([stored({ author: 'Ada', avatar: PICTURE }), stored({ author: 'bo' })]);
    const section = await mountSection();
    const [picture, initial] = deepAll(section.shadowRoot!, '[part=avatar]');
    expect(picture.localName).to.equal('img');
    expect(picture.getAttribute('src')).to.equal(PICTURE);
    expect(picture.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(initial.localName).to.equal('span');
    expect(initial.textContent).to.equal('B');
  });

  it('with avatars="off", draws initials only and asks no avatar host for anything', async () => {
    await useRestBackend([stored({ author: 'Ada', avatar: PICTURE })]);
    const section = await mountSection({ avatars: 'off' });
    expect(deepAll(section.shadowRoot!, 'img')).to.have.length(0);
    expect(deepAll(section.shadowRoot!, '[part=avatar]').map((avatar) => avatar.textContent)).to.deep.equal(['A']);
    expect(performance.getEntriesByType('resource').filter(({ name }) => name.startsWith(PICTURE))).to.have.length(0);
    await expect(section).to.be.accessible();
  });

  it('draws initials on at least 8 colours, evenly spread around the colour wheel', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `Reader ${String.fromCharCode(65 + (i % 26))}${i}`);
    await useRestBackend(names.map((author) => stored({ author })));
    const section = await mountSection({ 'page-size': '60' });
    const hues = new Set(
      deepAll(section.shadowRoot!, '.initial').map((initial) => getComputedStyle(initial).getPropertyValue('--_hue')),
    );
    expect(hues.size).to.be.at.least(8);
    const degrees = [...hues].map(parseFloat).sort((a, b) => a - b);
    const gaps = degrees.map((hue, i) => (degrees[i + 1] ?? degrees[0] + 360) - hue);
    expect(Math.max(...gaps)).to.equal(Math.min(...gaps));
    const colours = new Set(
      deepAll(section.shadowRoot!, '.initial').map((initial) => getComputedStyle(initial).backgroundColor),
    );
    expect(colours.size).to.equal(hues.size);
  });
});

describe("the demo's avatars", () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('give each author of the demo thread a colour of their own', async () => {
    const thread = seedThread();
    await useRestBackend(thread);
    const section = await mountSection({ thread: thread[0].thread });
    const hueOf = new Map<string, string>();
    for (const comment of deepAll(section.shadowRoot!, '[part~=comment]')) {
      const initial = comment.querySelector('.initial')!;
      hueOf.set(text(comment.querySelector('[part~=author]')!), getComputedStyle(initial).getPropertyValue('--_hue'));
    }
    expect(hueOf.size).to.be.at.least(6);
    expect(new Set(hueOf.values()).size, JSON.stringify(Object.fromEntries(hueOf))).to.equal(hueOf.size);
  });
});
