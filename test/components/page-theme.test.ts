/**
 * `theme="auto"` follows the page's own dark-mode switch as it changes, in the frame it changes: `class="dark"`,
 * `data-theme`, `data-bs-theme`, `data-color-scheme` on `<html>` or `<body>`, and `color-scheme`.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { deep, mountSection, stored, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

/** The colour of the section's links and buttons: its palette, light (#0b57d0) or dark (#9ec1ff). */
const accent = (section: ParleyComments) => getComputedStyle(deep(section.shadowRoot!, '[part=reply-button]')).color;
const LIGHT = 'rgb(11, 87, 208)';
const DARK = 'rgb(158, 193, 255)';
/** Resolves as the next frame is drawn: what it shows is what the reader sees. */
const nextFrame = () => new Promise(requestAnimationFrame);

const switches: { name: string; dark: (element: HTMLElement) => void; light: (element: HTMLElement) => void }[] = [
  {
    name: 'class="dark"',
    dark: (element) => element.classList.add('dark'),
    light: (element) => element.classList.remove('dark'),
  },
  ...['data-theme', 'data-bs-theme', 'data-color-scheme'].map((attribute) => ({
    name: attribute,
    dark: (element: HTMLElement) => element.setAttribute(attribute, 'dark'),
    light: (element: HTMLElement) => element.setAttribute(attribute, 'light'),
  })),
  {
    name: 'color-scheme',
    dark: (element) => (element.style.colorScheme = 'dark'),
    light: (element) => (element.style.colorScheme = 'light'),
  },
];

describe('theme="auto" follows the page', () => {
  let section: ParleyComments;

  beforeEach(async () => {
    await useRestBackend([stored()]);
  });

  afterEach(async () => {
    section.remove();
    for (const element of [document.documentElement, document.body]) {
      element.classList.remove('dark');
      for (const attribute of ['data-theme', 'data-bs-theme', 'data-color-scheme', 'style']) {
        element.removeAttribute(attribute);
      }
    }
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const { name, dark, light } of switches) {
    for (const where of ['html', 'body'] as const) {
      it(`follows ${name} on <${where}>, live`, async () => {
        const element = where === 'html' ? document.documentElement : document.body;
        section = await mountSection();
        expect(accent(section)).to.equal(LIGHT);
        dark(element);
        await nextFrame();
        expect(accent(section)).to.equal(DARK);
        light(element);
        await nextFrame();
        expect(accent(section)).to.equal(LIGHT);
      });
    }
  }

  it('is dark from its first frame on a page that is dark already', async () => {
    document.documentElement.dataset.theme = 'dark';
    section = await mountSection();
    expect(accent(section)).to.equal(DARK);
  });

  it("lets the page's switch win over the reader's system setting", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    section = await mountSection();
    expect(accent(section)).to.equal(DARK);
    document.body.dataset.bsTheme = 'light';
    await nextFrame();
    expect(accent(section)).to.equal(LIGHT);
  });

  it('keeps an explicit theme whatever the page says', async () => {
    section = await mountSection({ theme: 'light' });
    document.documentElement.classList.add('dark');
    await nextFrame();
    expect(accent(section)).to.equal(LIGHT);
  });
});
