/** The Markdown subset readers may write, read into the safe rich-text model: what is formatted, what stays text. */
import { expect } from '@open-wc/testing';
import { markdownToRich } from '../../src/model/markdown.js';
import { richToWordPressHtml } from '../../src/model/rich-text-html.js';
import type { RichNode } from '../../src/model/rich-text.js';

const p = (...children: RichNode[]): RichNode => ({ tag: 'p', children });
const el = (tag: 'em' | 'strong' | 'code' | 'li' | 'ul' | 'ol' | 'blockquote' | 'pre', ...children: RichNode[]) => ({
  tag,
  children,
});
const br: RichNode = { tag: 'br', children: [] };

describe('markdownToRich', () => {
  it('reads emphasis, strong, inline code and links', () => {
    expect(
      markdownToRich('Some *soft*, _also soft_, **loud** and `code` [here](https://example.com/a).'),
    ).to.deep.equal([
      p(
        'Some ',
        el('em', 'soft'),
        ', ',
        el('em', 'also soft'),
        ', ',
        el('strong', 'loud'),
        ' and ',
        el('code', 'code'),
        ' ',
        { tag: 'a', href: 'https://example.com/a', children: ['here'] },
        '.',
      ),
    ]);
  });

  it('ends inline code at the next run of as many backticks, past longer and shorter runs', () => {
    expect(markdownToRich('``a`b```c`` then `d` and `e` but ``` alone')).to.deep.equal([
      p(el('code', 'a`b```c'), ' then ', el('code', 'd'), ' and ', el('code', 'e'), ' but ``` alone'),
    ]);
    expect(markdownToRich('\\``x` ``` `y` ``z`` `')).to.deep.equal([
      p('`', el('code', 'x'), ' ``` ', el('code', 'y'), ' ', el('code', 'z'), ' `'),
    ]);
  });

  it('reads code blocks, quotes and both kinds of list', () => {
    expect(
      markdownToRich(
        '```\nlet x = 1 * 2;\n  *not emphasis*\n```\n> quoted **line**\n\n- one\n- two\n\n1. first\n2. second',
      ),
    ).to.deep.equal([
      el('pre', el('code', 'let x = 1 * 2;\n  *not emphasis*')),
      el('blockquote', p('quoted ', el('strong', 'line'))),
      el('ul', el('li', 'one'), el('li', 'two')),
      el('ol', el('li', 'first'), el('li', 'second')),
    ]);
  });

  it('leaves plain text as it was typed: paragraphs, line breaks, lone stars, snake_case and 2 * 3', () => {
    expect(
      markdownToRich('First line\nsecond line with snake_case_name and 2 * 3 = 6\n\nNext paragraph *'),
    ).to.deep.equal([p('First line', br, 'second line with snake_case_name and 2 * 3 = 6'), p('Next paragraph *')]);
  });

  it('makes no link of an address that is not http(s), and keeps the text', () => {
    expect(markdownToRich('[click](javascript:alert(1)) [x](data:text/html,hi)')).to.deep.equal([
      p('[click](javascript:alert(1)) [x](data:text/html,hi)'),
    ]);
  });

  it('gives unmatched markers back as text', () => {
    expect(markdownToRich('**open and `tick and [bracket')).to.deep.equal([p('**open and `tick and [bracket')]);
    expect(markdownToRich('\\*not em\\*')).to.deep.equal([p('*not em*')]);
  });

  it('keeps markup as text: nothing in it is HTML', () => {
    expect(markdownToRich('<img src=x onerror=alert(1)> **<b>**')).to.deep.equal([
      p('<img src=x onerror=alert(1)> ', el('strong', '<b>')),
    ]);
  });
});

describe('richToWordPressHtml', () => {
  it('writes what WordPress allows in comments, escaped, and lists as lines', () => {
    const html = richToWordPressHtml(
      markdownToRich(
        'Hi *there* & <you>\n\n> [a "link"](https://example.com/?a=1&b=2)\n\n- one\n- two\n\n```\n<b>\n```',
      ),
    );
    expect(html).to.equal(
      'Hi <em>there</em> &#38; &#60;you&#62;\n\n' +
        '<blockquote><a href="https://example.com/?a=1&#38;b=2">a &#34;link&#34;</a></blockquote>\n\n' +
        '- one\n- two\n\n' +
        '<code>&#60;b&#62;</code>',
    );
  });
});
