/** What the eye needs: 4.5:1 text contrast computed from the rendered styles, 24×24 targets, no sideways scrolling at 320 px. */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { deep, deepAll, mountSection, settle, stored, until, useRestBackend, walkFocusRings } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

type Rgba = [number, number, number, number];

/** A computed colour as 0–255 sRGB channels and alpha. */
function parseColor(value: string): Rgba {
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = value.match(/^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
  // Any other notation (`oklch()`…) as the browser paints it in sRGB.
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const contrast = (one: Rgba, two: Rgba) => {
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
};

/** The parent in the flattened tree: across shadow roots and slots, as the browser paints it. */
const parentOf = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The opaque colour behind an element: its own and its ancestors' backgrounds, composited over the canvas. */
function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current; current = parentOf(current)) {
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  const canvas = parseColor(getComputedStyle(document.documentElement).backgroundColor);
  let result: Rgba = canvas[3] === 1 ? canvas : [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Every element that shows text of its own, visibly, in the section. */
function textElements(section: ParleyComments): HTMLElement[] {
  return deepAll(section.shadowRoot!, '*').filter((element) => {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
    );
    if (!ownText || element.closest('.visually-hidden') || element.localName === 'style') return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
}

function lowContrast(section: ParleyComments): string[] {
  return textElements(section).flatMap((element) => {
    const background = backgroundOf(element);
    const ratio = contrast(over(parseColor(getComputedStyle(element).color), background), background);
    return ratio >= 4.5
      ? []
      : [
          `${element.localName}.${element.className || element.getAttribute('part')} "${element.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)}`,
        ];
  });
}

/** A section showing every kind of text: links, dates, Load more, required marks, field errors. */
async function busySection(attributes: Record<string, string> = {}): Promise<ParleyComments> {
  await useRestBackend([
    stored({ id: 'p1', url: 'https://example.com/', content: 'See https://example.com/page for more.' }),
    stored({ parentId: 'p1' }),
    stored(),
  ]);
  const section = await mountSection({ 'page-size': '2', ...attributes });
  deep(section.shadowRoot!, '[part=submit]').click();
  await until(() => deepAll(section.shadowRoot!, '[part=error]').length === 3, 'the field errors');
  await settle(section);
  return section;
}

describe('visual accessibility', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(async () => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    document.documentElement.style.cssText = '';
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  const pages = [
    { name: 'theme="light"', attributes: { theme: 'light' }, system: 'light', page: '' },
    { name: 'theme="dark"', attributes: { theme: 'dark' }, system: 'light', page: '' },
    { name: 'auto on a light page', attributes: {}, system: 'light', page: '' },
    { name: 'auto on a light-only page, system dark', attributes: {}, system: 'dark', page: '' },
    {
      name: 'auto on a dark page',
      attributes: {},
      system: 'dark',
      page: 'color-scheme: dark; background: #121212; color: #e8e8e8',
    },
  ] as const;

  for (const { name, attributes, system, page } of pages) {
    it(`every text has at least 4.5:1 contrast: ${name}`, async () => {
      await emulateMedia({ colorScheme: system });
      document.documentElement.style.cssText = page;
      const section = await busySection(attributes);
      expect(textElements(section).length, 'text was found to measure').to.be.greaterThan(20);
      expect(lowContrast(section)).to.deep.equal([]);
    });
  }

  it('the contrast check notices pale text', async () => {
    const section = await busySection({ theme: 'light' });
    section.style.setProperty('--parley-color-muted', '#bbb');
    await settle(section);
    expect(lowContrast(section).some((line) => line.startsWith('time'))).to.be.true;
  });

  it('every button, field and link is at least 24×24, or has room around it', async () => {
    const section = await busySection();
    deep(section.shadowRoot!, '#comment-p1 [part=reply-button]').click();
    await settle(section);
    const targets = deepAll(section.shadowRoot!, 'button, a, input, textarea, [tabindex="0"]')
      .filter((element) => !element.closest('[part=body]'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }));
    expect(targets.length).to.be.greaterThan(10);
    const small = targets.filter(({ box }) => box.width < 24 || box.height < 24);
    const crowded = small.filter(({ element, box }) => {
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      return targets.some((other) => {
        if (other.element === element) return false;
        const dx = Math.max(other.box.left - x, 0, x - other.box.right);
        const dy = Math.max(other.box.top - y, 0, y - other.box.bottom);
        return Math.hypot(dx, dy) < 12;
      });
    });
    expect(crowded.map(({ element }) => element.getAttribute('part') ?? element.id)).to.deep.equal([]);
    const buttons = targets.filter(({ element }) => element.localName === 'button');
    expect(
      buttons.filter(({ box }) => box.height < 24).map(({ element }) => element.getAttribute('part')),
    ).to.deep.equal([]);
  });

  it('fits 320 px without scrolling sideways, even with long words and addresses', async () => {
    await setViewport({ width: 320, height: 640 });
    await useRestBackend([
      stored({
        id: 'p1',
        author: 'Bartholomew-Maximilian Featherstonehaugh',
        content: `${'Donaudampfschifffahrtsgesellschaft'.repeat(3)} https://example.com/${'a'.repeat(80)}`,
      }),
      stored({ parentId: 'p1' }),
      stored({ parentId: 'c2' }),
    ]);
    const section = await mountSection({ 'max-depth': '3' });
    deep(section.shadowRoot!, '#comment-p1 [part=reply-button]').click();
    await settle(section);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const wide = deepAll(section.shadowRoot!, '*').filter((element) => element.getBoundingClientRect().right > 320.5);
    expect(wide.map((element) => element.localName + (element.id ? `#${element.id}` : ''))).to.deep.equal([]);
  });

  it("draws fields on the page's own background, with a border of at least 3:1", async () => {
    document.documentElement.style.cssText = 'background: #fbf7ef; color: #1d1d1b';
    await useRestBackend([]);
    const section = await mountSection();
    for (const field of deepAll(section.shadowRoot!, 'textarea, input:not([type=checkbox], [tabindex="-1"])')) {
      const style = getComputedStyle(field);
      expect(parseColor(style.backgroundColor)[3], `${field.id} has no fill of its own`).to.equal(0);
      const page = backgroundOf(field);
      const border = over(parseColor(style.borderTopColor), page);
      expect(contrast(border, page), `${field.id} border`).to.be.at.least(3);
    }
  });

  it('shows a focus ring on every control reached with the keyboard', async () => {
    const section = await busySection();
    const seen = await walkFocusRings(section);
    expect(seen).to.include.members(['author', 'reply-button', 'load-more', 'textarea', 'input', 'consent', 'submit']);
  });
});
