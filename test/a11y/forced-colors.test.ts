/** Windows High Contrast (`forced-colors: active`), emulated: every control, border, focus ring and link stays visible, and nothing is told by colour alone. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  deep,
  deepAll,
  mountSection,
  settle,
  stored,
  text,
  until,
  useRestBackend,
  walkFocusRings,
} from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/** A section showing links, Load more, a comment awaiting moderation, the reply form and its field errors. */
async function busySection(): Promise<ParleyComments> {
  await useRestBackend([
    stored({ id: 'p1', url: 'https://example.com/', content: 'See https://example.com/page for more.' }),
    stored({ id: 'p2', parentId: 'p1' }),
    stored(),
  ]);
  const section = await mountSection({ 'page-size': '2' });
  deep(section.shadowRoot!, '[part=submit]').click();
  await until(() => deepAll(section.shadowRoot!, '[part=error]').length === 3, 'the field errors');
  await settle(section);
  return section;
}

/** Whether an element draws a visible line on every side: what marks a control's edge when backgrounds are gone. */
function hasBorder(element: Element): boolean {
  const style = getComputedStyle(element);
  return ['Top', 'Right', 'Bottom', 'Left'].every(
    (side) =>
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
  );
}

const underlined = (element: Element) => getComputedStyle(element).textDecorationLine.includes('underline');
const named = (element: Element) => element.getAttribute('part') ?? element.id ?? element.localName;

describe('forced colors (Windows High Contrast)', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  beforeEach(() => forcedColors(true));

  afterEach(async () => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    await forcedColors(false);
  });

  it('is emulated through the browser', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('keeps a border around every button and field, and underlines every link and link-styled button', async () => {
    const section = await busySection();
    const root = section.shadowRoot!;
    const controls = deepAll(root, 'button, input:not([type=checkbox]), textarea').filter(
      (element) => element.getBoundingClientRect().width > 1 && !element.closest('[aria-hidden=true]'),
    );
    expect(controls.length).to.be.greaterThan(6);
    const unmarked = controls.filter((element) => !hasBorder(element) && !underlined(element));
    expect(unmarked.map(named)).to.deep.equal([]);
    const links = deepAll(root, 'a[href]');
    expect(links.length).to.be.greaterThan(1);
    expect(links.filter((link) => !underlined(link)).map(named)).to.deep.equal([]);
    // No part of the section opts out of the system's colours.
    const optedOut = deepAll(root, '*').filter((element) => getComputedStyle(element).forcedColorAdjust === 'none');
    expect(optedOut.map(named)).to.deep.equal([]);
  });

  it('keeps the focus ring on every control reached with the keyboard', async () => {
    const section = await busySection();
    const seen = await walkFocusRings(section);
    expect(seen).to.include.members(['author', 'reply-button', 'load-more', 'textarea', 'input', 'submit']);
  });

  it('tells errors, required fields and held comments in words, not by colour alone', async () => {
    await useRestBackend([stored()], { holdWords: ['hold'] });
    const section = await mountSection();
    const root = section.shadowRoot!;
    deep(root, '[part=submit]').click();
    await until(() => deepAll(root, '[part=error]').length === 3, 'the field errors');
    // Each invalid field has its message in words, tied to it.
    for (const field of deepAll(root, '[aria-invalid=true]')) {
      const [message] = field.getAttribute('aria-describedby')!.split(' ');
      expect(text(deep(root, `#${CSS.escape(message)}`)), field.id).to.not.equal('');
    }
    // The required mark is a visible character, not a colour.
    expect(deepAll(root, '[part=required-mark]').every((mark) => text(mark) === '*')).to.be.true;
    const textarea = deep<HTMLTextAreaElement>(root, '#content');
    textarea.value = 'Please hold this one.';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    for (const [id, value] of [
      ['author', 'Rosa'],
      ['email', 'rosa@example.com'],
    ]) {
      const field = deep<HTMLInputElement>(root, `#${id}`);
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    deep(root, '[part=submit]').click();
    await until(() => deepAll(root, '[part=pending-notice]').length, 'the moderation notice');
    expect(text(deep(root, '[part=pending-notice]'))).to.equal('Your comment is awaiting moderation.');
  });
});
