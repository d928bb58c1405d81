/**
 * Focus rings are painted whole: the box each ring should cover is compared with a screenshot of the page, so a ring
 * clipped by its comment's box (comments skip off-screen painting through `content-visibility`) fails.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { deep, focused, mountSection, settle, stored, submitComment, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

type Side = 'top' | 'right' | 'bottom' | 'left';

/** The channels of a computed `rgb()` colour. */
const channels = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

/**
 * How much of each side of `element`'s focus ring is painted: the share of the pixels along the middle of each side
 * of the ring's box (the element's box grown by its outline's offset and width) that show the outline's colour.
 */
async function ringPainted(element: HTMLElement): Promise<Record<Side, number>> {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, 'a focus ring').to.not.equal('none');
  const width = parseFloat(style.outlineWidth);
  const reach = parseFloat(style.outlineOffset) + width;
  const box = element.getBoundingClientRect();
  // The ring's outer edges on the page, and the whole pixels around them.
  const [left, top, right, bottom] = [
    box.left - reach + scrollX,
    box.top - reach + scrollY,
    box.right + reach + scrollX,
    box.bottom + reach + scrollY,
  ];
  const [x, y] = [Math.floor(left), Math.floor(top)];
  const clip = { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y };
  const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const ring = channels(style.outlineColor);
  const isRing = ([px, py]: [number, number]) => {
    const pixel = context.getImageData(px, py, 1, 1).data;
    return ring.every((value, i) => Math.abs(value - pixel[i]) < 40);
  };
  // Nine points along the middle of each side (clear of the rounded corners), halfway through the outline's width.
  const middle = (edge: number, inward: number, origin: number) => Math.floor(edge + (inward * width) / 2) - origin;
  const along = (length: number) => Array.from({ length: 9 }, (_, i) => Math.round((length * (i + 4)) / 16));
  const share = (points: [number, number][]) => points.filter(isRing).length / points.length;
  return {
    top: share(along(clip.width).map((px) => [px, middle(top, 1, y)])),
    bottom: share(along(clip.width).map((px) => [px, middle(bottom, -1, y)])),
    left: share(along(clip.height).map((py) => [middle(left, 1, x), py])),
    right: share(along(clip.height).map((py) => [middle(right, -1, x), py])),
  };
}

const whole = { top: 1, right: 1, bottom: 1, left: 1 };

describe('focus rings', () => {
  let section: ParleyComments;

  before(() => import('../../src/components/comment-form/form-chunk.js'));

  beforeEach(async () => {
    await useRestBackend([
      stored({ id: 'p1', content: 'A first comment, long enough to fill a line or two of text.' }),
    ]);
    section = await mountSection({ theme: 'light' });
  });

  afterEach(() => section.remove());

  it('shows the whole ring around the Reply button of a top-level comment', async () => {
    const reply = deep(section.shadowRoot!, '#comment-p1 [part=reply-button]');
    // As a keyboard reader reaches it, past the comment's other stops.
    deep(section.shadowRoot!, '[part=heading]').focus();
    for (let step = 0; step < 6 && focused() !== reply; step++) await sendKeys({ press: 'Tab' });
    expect(focused() === reply, 'Reply has focus').to.equal(true);
    expect(await ringPainted(reply)).to.deep.equal(whole);
  });

  it("shows the whole ring around the reply form's comment box", async () => {
    deep(section.shadowRoot!, '#comment-p1 [part=reply-button]').click();
    await until(() => focused()?.id === 'content', 'the reply form to take focus');
    await settle(section);
    expect(await ringPainted(focused() as HTMLElement)).to.deep.equal(whole);
  });

  it('shows the whole ring around a newly posted comment, which takes focus', async () => {
    submitComment(section, 'A comment that takes focus once posted.');
    await until(() => focused()?.classList.contains('comment'), 'the new comment to take focus');
    await settle(section);
    expect(await ringPainted(focused() as HTMLElement)).to.deep.equal(whole);
  });
});
