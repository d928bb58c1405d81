/**
 * Markdown bodies a `rest` server lists: a comment posted in Markdown comes back with `format: "markdown"` and is
 * drawn through the Markdown reader and the safe rich-text model; plain comments load nothing more.
 */
import { expect } from '@open-wc/testing';
import { deep, deepAll, focused, mountSection, settle, stored, text, until, useRestBackend } from '../helpers.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import { contentBox, fillForm, submit } from '../reliability/posting-helpers.js';

// Every module the test runner loads is a resource: room for them all, so the Markdown reader's is seen.
performance.setResourceTimingBufferSize(100_000);
const loaded = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

const useBackend = (comments: StoredComment[]) => useRestBackend(comments, { features: ['markdown'] });

const bodies = (section: Element) => deepAll(section.shadowRoot!, '[part=body]');

describe('Markdown bodies a REST server lists', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((section) => section.remove()));

  // First of the file: nothing before it has loaded the Markdown reader.
  it('draws a thread of plain comments without loading the Markdown reader or the rich-text renderer', async () => {
    await useBackend([stored({ content: 'Plain *not emphasis* here' }), stored({ format: 'text' })]);
    const section = await mountSection();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loaded('/src/model/markdown.'), 'the Markdown reader').to.equal(false);
    expect(loaded('/src/components/comment/rich-body.'), 'the rich-text renderer').to.equal(false);
    expect(text(bodies(section)[0])).to.equal('Plain *not emphasis* here');
    expect(deepAll(bodies(section)[0], 'em')).to.have.length(0);
  });

  it('draws a comment listed as Markdown as formatted elements, never as markup', async () => {
    await useBackend([
      stored({ content: 'Plain *stays* as typed' }),
      stored({
        format: 'markdown',
        content: 'Some **bold** and *soft* words\n\n- one\n- two\n\n<img src=x onerror="window.hacked=1">',
      }),
    ]);
    const section = await mountSection();
    await until(() => deepAll(section.shadowRoot!, '[part=body] strong').length, 'the formatted comment');
    const [plain, markdown] = bodies(section);
    expect(deep(markdown, 'strong').textContent).to.equal('bold');
    expect(deep(markdown, 'em').textContent).to.equal('soft');
    expect(deepAll(markdown, 'li').map(text)).to.deep.equal(['one', 'two']);
    expect(deepAll(markdown, 'img')).to.have.length(0);
    expect(text(markdown)).to.include('<img src=x onerror="window.hacked=1">');
    expect(text(plain)).to.equal('Plain *stays* as typed');
    expect(deepAll(plain, 'em')).to.have.length(0);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    await expect(section).to.be.accessible();
  });

  it('does not draw a rich body a REST server sends along with a plain comment', async () => {
    const odd = { ...stored({ content: 'Only text' }), rich: [{ tag: 'strong', children: ['Not this'] }] };
    await useBackend([odd as StoredComment, stored({ format: 'markdown', content: '*soft*' })]);
    const section = await mountSection();
    await until(() => deepAll(section.shadowRoot!, '[part=body] em').length, 'the formatted comment');
    expect(text(bodies(section)[0])).to.equal('Only text');
  });

  it('does not draw a rich body a REST server sends along with a plain comment on a page without Markdown', async () => {
    const odd = { ...stored({ content: 'Only text' }), rich: [{ tag: 'strong', children: ['Not this'] }] };
    await useBackend([stored({ format: 'markdown', content: '*soft*' }), odd as StoredComment]);
    const section = await mountSection({ 'page-size': '1' });
    await until(() => deepAll(section.shadowRoot!, '[part=body] em').length, 'the formatted comment');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await until(() => bodies(section).length === 2, 'the second page');
    await settle(section);
    expect(text(bodies(section)[1])).to.equal('Only text');
  });

  it('keeps the comments already shown, and the focus in them, when the first Markdown comment comes on a later page', async () => {
    await useBackend([
      stored({ content: 'First' }),
      stored({ content: 'Second' }),
      stored({ format: 'markdown', content: 'A **later** one' }),
    ]);
    const section = await mountSection({ 'page-size': '2' });
    const [first] = deepAll(section.shadowRoot!, 'parley-comment');
    const reply = deep(first, '[part=reply-button]');
    reply.focus();
    deep(section.shadowRoot!, '[part=load-more]').click();
    await until(() => deepAll(section.shadowRoot!, '[part=body] strong').length, 'the formatted comment');
    await settle(section);
    expect(deepAll(section.shadowRoot!, 'parley-comment')[0], 'the first comment, not a new copy').to.equal(first);
    expect(focused(), 'the focus').to.equal(reply);
  });

  it('draws the comment the reader just posted in Markdown as formatted, as the list will', async () => {
    await useBackend([stored()]);
    const section = await mountSection();
    // Once Write / Preview is offered, a post says it is Markdown.
    await until(() => deepAll(section.shadowRoot!, '[part=format-button]').length, 'Write and Preview').catch(() =>
      until(() => deepAll(section.shadowRoot!, '[part=format-button]').length, 'Write and Preview'),
    );
    await fillForm(section, { content: 'A **loud** reply' });
    await submit(section);
    await until(() => !contentBox(section).value, 'the post');
    await until(() => deepAll(section.shadowRoot!, '[part=body] strong').length, 'the formatted comment');
    await settle(section);
    expect(text(deep(section.shadowRoot!, '[part=body] strong'))).to.equal('loud');
  });
});
