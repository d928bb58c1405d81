/** 400% zoom (320 CSS px of a 1280 px screen) with the reply form open at the deepest level, and prefers-reduced-motion. */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { deep, deepAll, mountSection, settle, stored, submitComment, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

/** A thread as deep as `max-depth="3"` allows, with long words, a long address and a long name at the bottom. */
async function deepThread(): Promise<ParleyComments> {
  const longName = 'Bartholomew-Maximilian Featherstonehaugh-Cholmondeley';
  const longText = `${'Donaudampfschifffahrtsgesellschaft'.repeat(2)} https://example.com/${'a'.repeat(60)}`;
  await useRestBackend([
    stored({ id: 'l1', author: longName, content: longText }),
    stored({ id: 'l2', parentId: 'l1', author: longName, content: longText }),
    stored({ id: 'l3', parentId: 'l2', author: longName, content: longText, url: 'https://example.com/' }),
  ]);
  const section = await mountSection({ 'max-depth': '3' });
  deep(section.shadowRoot!, '#comment-l3 [part=reply-button]').click();
  await until(() => deepAll(section.shadowRoot!, '[part=cancel-reply]').length, 'the reply form');
  await settle(section);
  return section;
}

/** What a reader of the element cannot see whole: boxes past the right edge, and text clipped inside its box. */
function cutOff(section: ParleyComments, width: number): string[] {
  const name = (element: Element) => element.getAttribute('part') ?? (element.id || element.localName);
  return deepAll(section.shadowRoot!, '*').flatMap((element) => {
    if (element.closest('.visually-hidden, [aria-hidden=true]')) return [];
    const box = element.getBoundingClientRect();
    if (!box.width) return [];
    const problems: string[] = [];
    if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${name(element)} reaches past the screen`);
    const { overflowX } = getComputedStyle(element);
    const clips = overflowX !== 'visible' && element.localName !== 'pre';
    if (clips && element.scrollWidth > element.clientWidth + 1) problems.push(`${name(element)} cuts its text off`);
    return problems;
  });
}

describe('reflow at 400% zoom, and reduced motion', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(async () => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('at 320 × 256 CSS px, the reply form at the deepest level scrolls only down, and no text is cut off', async () => {
    await setViewport({ width: 320, height: 256 });
    const section = await deepThread();
    const root = section.shadowRoot!;
    const [form] = deepAll(root, '[part=form]');
    const deepest = deep(root, '#comment-l3').getBoundingClientRect();
    expect(form.getBoundingClientRect().top, 'the form under the deepest comment').to.be.greaterThan(deepest.top);
    expect(form.getBoundingClientRect().width, 'the form keeps a usable width').to.be.greaterThan(200);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(cutOff(section, 320)).to.deep.equal([]);
    for (const field of deepAll<HTMLInputElement>(root, 'input:not([type=checkbox]):not([tabindex="-1"]), textarea')) {
      expect(field.getBoundingClientRect().width, field.id).to.be.greaterThan(150);
    }
  });

  it('the check notices a box wider than the screen', async () => {
    await setViewport({ width: 320, height: 256 });
    const section = await deepThread();
    deep(section.shadowRoot!, '#content').style.minWidth = '400px';
    expect(cutOff(section, 320)).to.include('textarea reaches past the screen');
  });

  it('under prefers-reduced-motion nothing animates: no animation, transition or smooth scrolling', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    await useRestBackend([stored({ id: 'p1' }), stored({ parentId: 'p1' })], { holdWords: ['hold'] });
    const section = await mountSection({ 'page-size': '1' });
    const root = section.shadowRoot!;
    deep(root, '#comment-p1 [part=reply-button]').click();
    await until(() => deepAll(root, '[part=cancel-reply]').length, 'the reply form');
    deep(root, '[part=cancel-reply]').click();
    submitComment(section, 'Please hold this one.');
    await until(() => deepAll(root, '[part=pending-notice]').length, 'the moderation notice');
    await settle(section);
    const moving = deepAll(root, '*').filter((element) => {
      const style = getComputedStyle(element);
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part)));
      return (
        (style.animationName !== 'none' && seconds(style.animationDuration) > 0) ||
        seconds(style.transitionDuration) > 0 ||
        style.scrollBehavior === 'smooth'
      );
    });
    expect(moving.map((element) => element.getAttribute('part') ?? element.localName)).to.deep.equal([]);
    expect(document.getAnimations()).to.deep.equal([]);
  });
});
