/** The thread as a screen reader meets it, read from the browser's accessibility tree: lists, articles named by author, replies. */
import { expect } from '@open-wc/testing';
import { accessibilityTreeShowing, deep, mountSection, stored, text, useRestBackend } from '../helpers.js';
import type { AxNode } from '../helpers.js';

/** The outline a screen reader would announce: role, name and description, nested as in the tree, only for these roles. */
function outline(node: AxNode, roles: string[], depth = 0): string[] {
  const here = roles.includes(node.role)
    ? [
        `${'  '.repeat(depth)}${node.role}${node.name ? ` "${node.name}"` : ''}` +
          `${node.level ? ` level ${node.level}` : ''}${node.description ? ` (${node.description})` : ''}`,
      ]
    : [];
  return [...here, ...(node.children ?? []).flatMap((child) => outline(child, roles, depth + here.length))];
}

describe('thread structure', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('is a list of articles named by their authors, replies in nested lists described as replies', async () => {
    await useRestBackend([
      stored({ id: 'a', author: 'Ada' }),
      stored({ id: 'g', author: 'Grace', parentId: 'a' }),
      stored({ id: 'l', author: 'Linus', parentId: 'g' }),
      stored({ id: 'm', author: 'Margaret' }),
    ]);
    const section = await mountSection();
    const tree = await accessibilityTreeShowing('Margaret');
    expect(outline(tree, ['region', 'heading', 'article']).slice(0, 10)).to.deep.equal([
      'region "4 comments"',
      '  heading "4 comments" level 2',
      '  article "Ada"',
      '    heading "Ada" level 3',
      '  article "Grace" (In reply to Ada)',
      '    heading "Grace" level 3',
      '  article "Linus" (In reply to Grace)',
      '    heading "Linus" level 3',
      '  article "Margaret"',
      '    heading "Margaret" level 3',
    ]);
    // The browser's snapshot leaves out unnamed lists, so their nesting is read from the page.
    const list = deep(section.shadowRoot!, '[part=list]');
    const items = (element: Element) => [...element.children].filter((child) => child.localName === 'li');
    const [ada, margaret] = items(list);
    expect(list.localName).to.equal('ol');
    expect(items(list).length).to.equal(2);
    expect(text(margaret.querySelector('article')!)).to.contain('Margaret');
    const adaReplies = ada.querySelector(':scope > parley-comment > ol[part=replies]')!;
    expect(items(adaReplies).map((item) => text(item.querySelector('.author')!))).to.deep.equal(['Grace']);
    const graceReplies = items(adaReplies)[0].querySelector(':scope > parley-comment > ol[part=replies]')!;
    expect(items(graceReplies).map((item) => text(item.querySelector('.author')!))).to.deep.equal(['Linus']);
    expect(getComputedStyle(list).display, 'lists stay lists').to.not.equal('contents');
  });

  it('names the Reply buttons and the reply form after the author being answered', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Ada' })]);
    const section = await mountSection();
    deep(section.shadowRoot!, '#comment-a [part=reply-button]').click();
    const tree = await accessibilityTreeShowing('Cancel reply');
    const lines = outline(tree, ['button', 'form']).map((line) => line.trim());
    expect(lines).to.include('button "Reply to Ada"');
    expect(lines).to.include('form "Leave a Reply to Ada"');
    expect(lines).to.include('button "Cancel reply"');
  });
});
