/** Sorting where the browser keeps nothing (sandboxed frames, blocked cookies): the choice holds for the page. */
import { expect } from '@open-wc/testing';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { keepForPage } from '../../src/section/sort-choice.js';
import { deep, deepAll, mountSection, settle, stored, text, until, useRestBackend } from '../helpers.js';

const closed = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

const select = (section: ParleyComments) => deep<HTMLSelectElement>(section.shadowRoot!, '[part=sort-select]');
const bodies = (section: ParleyComments) => deepAll(section.shadowRoot!, '[part=body]').map(text);

describe('sorting where storage is closed', () => {
  const storage = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  beforeEach(() => Object.defineProperty(window, 'localStorage', { configurable: true, get: closed }));
  afterEach(() => {
    Object.defineProperty(window, 'localStorage', storage);
    keepForPage(undefined);
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
  });

  it('still offers the control, and lists the thread in the order chosen for as long as the page lasts', async () => {
    await useRestBackend([stored({ content: 'First' }), stored({ content: 'Second' })]);
    const section = await mountSection();
    await until(() => deepAll(section.shadowRoot!, '[part=sort-select]').length, 'the sort control');
    const control = select(section);
    control.value = 'newest';
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => bodies(section)[0] === 'Second', 'the newest first');
    await settle(section);
    expect(select(section).value).to.equal('newest');
    section.remove();

    // Another section of the page lists in the reader's order too, as it would with the choice kept.
    const other = await mountSection();
    expect(bodies(other)).to.deep.equal(['Second', 'First']);
  });
});
