/**
 * Formatting with a preview: Write / Preview where the backend takes Markdown, the preview drawn from the safe
 * rich-text model, the Markdown reader loaded on first use, and each backend sent what it expects.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  deep,
  deepAll,
  focused,
  mountSection,
  settle,
  stored,
  text,
  until,
  useHandlers,
  useLoggingBackend,
} from '../helpers.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import type { ReaderFeature } from '../../src/backends/backend.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { createBackend } from '../../src/backends/registry.js';
import {
  contentBox,
  controlPosting,
  fillForm,
  form,
  formStatus,
  restorePosting,
  submit,
} from '../reliability/posting-helpers.js';
import { type as typeInto } from '../helpers.js';

const useBackend = (comments: StoredComment[], features?: ReaderFeature[]) => useLoggingBackend(comments, { features });

const formRoot = (section: Element) => form(section).shadowRoot!;
const buttons = (section: Element) => deepAll<HTMLButtonElement>(formRoot(section), '[part=format-button]');
const preview = (section: Element) => deepAll(formRoot(section), '[part=preview]')[0];

async function toggleShown(section: ParleyComments): Promise<HTMLButtonElement[]> {
  for (let tries = 0; tries < 4 && !buttons(section).length; tries++)
    await until(() => buttons(section).length, 'Write and Preview').catch(() => undefined);
  await settle(section);
  return buttons(section);
}

// Every module the test runner loads is a resource: room for them all, so the Markdown reader's is seen.
performance.setResourceTimingBufferSize(100_000);
const markdownLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/model/markdown.'));

describe('Markdown with a preview', () => {
  // The form's code (and the options' with it) comes after the first page; have it here, so the first test waits no longer.
  before(() => import('../../src/components/comment-form/form-chunk.js'));
  beforeEach(controlPosting);
  afterEach(() => {
    restorePosting();
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
  });

  // First of the file: nothing before it has focused a comment box, so the reader is not loaded yet.
  it('loads the Markdown reader when the reader first focuses the comment box, not before', async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    await toggleShown(section);
    expect(markdownLoaded(), 'loaded before use').to.equal(false);
    contentBox(section).focus();
    // The first chunk the test server compiles can take longer than one wait: a second one before giving up.
    await until(markdownLoaded, 'the Markdown reader').catch(() => until(markdownLoaded, 'the Markdown reader'));
  });

  it('offers Write and Preview where the backend takes Markdown, Write pressed, and says what may be used', async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    const [write, show] = await toggleShown(section);
    expect([text(write), text(show)]).to.deep.equal(['Write', 'Preview']);
    expect(write.getAttribute('aria-pressed')).to.equal('true');
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    expect(deep(formRoot(section), '[part=format]').getAttribute('aria-label')).to.equal('Comment format');
    expect(text(deep(formRoot(section), '[part=format-hint]'))).to.include('**bold**');
    await expect(section).to.be.accessible();
  });

  it('offers nothing of it where the backend takes plain text only', async () => {
    await useBackend([stored()]);
    const section = await mountSection();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(section);
    expect(buttons(section)).to.have.length(0);
  });

  it('previews the comment as it will show, as elements and never as markup', async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    const [write, show] = await toggleShown(section);
    typeInto(
      contentBox(section),
      'Some **bold** and *soft* words\n\n- one\n- two\n\n<img src=x onerror="window.hacked=1">',
    );
    show.click();
    await until(() => preview(section), 'the preview');
    await settle(section);
    const shown = preview(section);
    expect(deep(shown, 'strong').textContent).to.equal('bold');
    expect(deep(shown, 'em').textContent).to.equal('soft');
    expect(deepAll(shown, 'li').map(text)).to.deep.equal(['one', 'two']);
    expect(deepAll(shown, 'img')).to.have.length(0);
    expect(text(shown)).to.include('<img src=x onerror="window.hacked=1">');
    expect(
      contentBox(section).closest<HTMLElement>('[part=field]')!.hidden,
      'the box gives way to the preview',
    ).to.equal(true);
    expect(show.getAttribute('aria-pressed')).to.equal('true');
    await expect(section).to.be.accessible();
    write.click();
    await settle(section);
    expect(preview(section)).to.equal(undefined);
    expect(contentBox(section).closest<HTMLElement>('[part=field]')!.hidden).to.equal(false);
    expect(contentBox(section).value).to.include('**bold**');
  });

  it('lets the page style every new piece through its parts', async () => {
    await useBackend([stored()], ['markdown', 'notify']);
    const section = await mountSection();
    const [, show] = await toggleShown(section);
    show.click();
    await until(() => preview(section), 'the preview');
    const style = document.createElement('style');
    style.textContent = ['format', 'format-button', 'format-hint', 'preview', 'notify']
      .map((part) => `parley-comments::part(${part}) { outline-color: rgb(1, 2, 3); }`)
      .join('\n');
    document.head.append(style);
    try {
      for (const part of ['format', 'format-button', 'format-hint', 'preview', 'notify']) {
        const element = deep(formRoot(section), `[part=${part}]`);
        expect(getComputedStyle(element).outlineColor, part).to.equal('rgb(1, 2, 3)');
      }
    } finally {
      style.remove();
    }
  });

  it('says so when there is nothing to preview', async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    const [, show] = await toggleShown(section);
    show.click();
    await until(() => preview(section), 'the preview');
    await settle(section);
    expect(text(preview(section))).to.equal('Nothing to preview yet.');
  });

  it('returns to the comment box when a post from the preview needs correcting', async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    const [, show] = await toggleShown(section);
    show.click();
    await until(() => preview(section), 'the preview');
    await fillForm(section, { content: '   ' });
    await submit(section);
    await until(() => focused() === contentBox(section), 'focus on the comment box');
    expect(contentBox(section).closest<HTMLElement>('[part=field]')!.hidden).to.equal(false);
    expect(contentBox(section).getAttribute('aria-invalid')).to.equal('true');
  });

  it('sends the comment as Markdown to a backend that takes it, and as text to one that does not', async () => {
    const { bodies } = await useBackend([stored()], ['markdown']);
    const section = await mountSection();
    await toggleShown(section);
    await fillForm(section, { content: 'Some **bold** words' });
    await submit(section);
    await until(() => bodies.length === 1 && !contentBox(section).value, 'the post');
    expect(bodies[0]).to.include({ format: 'markdown', content: 'Some **bold** words' });
    section.remove();

    const plain = await useBackend([stored()]);
    const other = await mountSection();
    await fillForm(other, { content: 'Some **bold** words' });
    await submit(other);
    await until(() => plain.bodies.length === 1, 'the post');
    expect(plain.bodies[0]).not.to.have.property('format');
    expect(formStatus(other)).to.equal('');
  });

  it("speaks the section's language", async () => {
    await useBackend([stored()], ['markdown']);
    const section = await mountSection({ lang: 'fr' });
    const [write, show] = await toggleShown(section);
    expect([text(write), text(show)]).to.deep.equal(['Écrire', 'Aperçu']);
  });
});

describe('Markdown sent to WordPress', () => {
  it('becomes the HTML WordPress keeps for readers who are not logged in, escaped', async () => {
    let sent: Record<string, unknown> | undefined;
    await useHandlers(
      http.post('/md-wp/wp-json/wp/v2/comments', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(
          {
            id: 7,
            parent: 0,
            author_name: 'Ada',
            author_url: '',
            date_gmt: '2026-11-20T12:00:00',
            content: { rendered: '<p>ok</p>' },
            status: 'approved',
          },
          { status: 201 },
        );
      }),
    );
    const backend = await createBackend('wordpress', { api: '/md-wp/wp-json', credentials: 'omit', postId: '1' });
    expect(backend.features).to.include('markdown');
    await backend.create(
      {
        thread: '1',
        parentId: null,
        author: 'Ada',
        email: 'ada@example.com',
        url: null,
        content: 'Some **bold** <script>x</script>\n\n> [a link](https://example.com/)',
        format: 'markdown',
      },
      { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() },
    );
    expect(sent!.content).to.equal(
      'Some <strong>bold</strong> &#60;script&#62;x&#60;/script&#62;\n\n<blockquote><a href="https://example.com/">a link</a></blockquote>',
    );
  });
});
