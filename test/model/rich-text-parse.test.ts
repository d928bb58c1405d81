/** HTML comment bodies reduced to the safe rich-text model: what survives, what becomes text, what disappears. */
import { expect } from '@open-wc/testing';
import { htmlToText, parseRichText, richTextToPlain } from '../../src/model/rich-text-parse.js';
import type { RichNode } from '../../src/model/rich-text.js';

const flatten = (nodes: RichNode[]): RichNode[] =>
  nodes.flatMap((node) => (typeof node === 'string' ? [node] : [node, ...flatten(node.children)]));
const tagsOf = (nodes: RichNode[]) => flatten(nodes).flatMap((node) => (typeof node === 'string' ? [] : [node.tag]));
const hrefsOf = (nodes: RichNode[]) =>
  flatten(nodes).flatMap((node) => (typeof node !== 'string' && node.href ? [node.href] : []));

describe('parseRichText', () => {
  it('keeps paragraphs, line breaks, emphasis, code, quotes and http(s) links', () => {
    const nodes = parseRichText(
      '<p>Hi <em>there</em>, <i>you</i>!<br />\nSee <a href="https://example.com/a?b=1&amp;c=2">this</a>.</p>\n' +
        '<blockquote><p>Quoted <b>bold</b> <strong>strong</strong></p></blockquote>\n<pre><code>let x = 1;\n  x++;</code></pre>',
    );
    expect(nodes).to.deep.equal([
      {
        tag: 'p',
        children: [
          'Hi ',
          { tag: 'em', children: ['there'] },
          ', ',
          { tag: 'em', children: ['you'] },
          '!',
          { tag: 'br', children: [] },
          ' See ',
          { tag: 'a', href: 'https://example.com/a?b=1&c=2', children: ['this'] },
          '.',
        ],
      },
      {
        tag: 'blockquote',
        children: [
          {
            tag: 'p',
            children: ['Quoted ', { tag: 'strong', children: ['bold'] }, ' ', { tag: 'strong', children: ['strong'] }],
          },
        ],
      },
      { tag: 'pre', children: [{ tag: 'code', children: ['let x = 1;\n  x++;'] }] },
    ]);
  });

  it('drops scripts, styles and frames with their content, and never runs anything', async () => {
    const before = (window as { parleyHacked?: boolean }).parleyHacked;
    const nodes = parseRichText(
      '<p>Safe</p><script>window.parleyHacked = true</script><style>p{display:none}</style>' +
        '<iframe src="javascript:window.parleyHacked=true"></iframe><img src="x" onerror="window.parleyHacked = true">' +
        '<svg><script>window.parleyHacked = true</script></svg>',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { parleyHacked?: boolean }).parleyHacked).to.equal(before);
    expect(richTextToPlain(nodes)).to.equal('Safe');
    expect(tagsOf(nodes)).to.deep.equal(['p']);
  });

  it('keeps no event handler, style or other attribute: only the href of a link', () => {
    const nodes = parseRichText(
      '<p onclick="alert(1)" style="color:red" class="x"><em onmouseover="alert(1)">hi</em></p>',
    );
    expect(nodes).to.deep.equal([{ tag: 'p', children: [{ tag: 'em', children: ['hi'] }] }]);
  });

  it('turns links that are not http(s) into their text', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//evil.example/protocol-relative',
      'mailto:a@example.com',
    ];
    for (const href of hostile) {
      const nodes = parseRichText(`<p><a href="${href}">click <em>me</em></a></p>`);
      expect(hrefsOf(nodes), href).to.deep.equal([]);
      expect(richTextToPlain(nodes), href).to.equal('click me');
    }
    expect(hrefsOf(parseRichText('<a href="http://example.com">x</a>'))).to.deep.equal(['http://example.com/']);
  });

  it('gives up every other element for its text, block elements as paragraphs', () => {
    const nodes = parseRichText(
      '<h1>Title</h1><div>One <span>two</span></div><dl><dt>a</dt><dd><u>b</u></dd></dl><table><tr><td>cell</td></tr></table>',
    );
    expect(tagsOf(nodes).every((tag) => tag === 'p')).to.equal(true);
    expect(richTextToPlain(nodes)).to.equal('Title\n\nOne two\n\na\n\nb\n\ncell');
  });

  it('keeps lists, as Markdown renders them', () => {
    expect(parseRichText('<ul>\n<li>a</li>\n<li><u>b</u></li>\n</ul><ol><li><p>first</p></li></ol>')).to.deep.equal([
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: ['a'] },
          { tag: 'li', children: ['b'] },
        ],
      },
      { tag: 'ol', children: [{ tag: 'li', children: [{ tag: 'p', children: ['first'] }] }] },
    ]);
  });

  it('shows an image by its alternative text, as WordPress smilies need', () => {
    expect(richTextToPlain(parseRichText('<p>Nice <img src="smile.png" alt=":-)" class="wp-smiley"></p>'))).to.equal(
      'Nice :-)',
    );
  });

  it('decodes entities by parsing, into text that is never markup again', () => {
    const nodes = parseRichText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; caf&eacute; &#8217;</p>');
    expect(nodes).to.deep.equal([{ tag: 'p', children: ['<script>alert(1)</script> & café ’'] }]);
  });

  it('survives nested junk, unclosed tags and absurd depth', () => {
    expect(richTextToPlain(parseRichText('<p><em><strong>unclosed <code>code'))).to.equal('unclosed code');
    expect(richTextToPlain(parseRichText('<<<>>><p>a</p></div></p></b>'))).to.contain('a');
    const deep = '<em>'.repeat(2000) + 'bottom' + '</em>'.repeat(2000);
    const nodes = parseRichText(deep);
    expect(richTextToPlain(nodes)).to.equal('bottom');
    const depth = (list: RichNode[]): number =>
      Math.max(0, ...list.map((node) => (typeof node === 'string' ? 0 : 1 + depth(node.children))));
    expect(depth(nodes)).to.be.at.most(30);
  });

  it('keeps the formatting of nesting an honest comment has, and reads deeper nesting without the parser', () => {
    const honest = '<blockquote>'.repeat(5) + '<p><em>quoted</em></p>' + '</blockquote>'.repeat(5);
    expect(tagsOf(parseRichText(honest))).to.deep.equal([
      'blockquote',
      'blockquote',
      'blockquote',
      'blockquote',
      'blockquote',
      'p',
      'em',
    ]);
    expect(parseRichText(`<p>${'<em>'.repeat(65)}deep</p><p>next</p>`)).to.deep.equal([
      { tag: 'p', children: ['deep'] },
      { tag: 'p', children: ['next'] },
    ]);
  });

  it('leaves out empty paragraphs and empty formatting, keeping the paragraphs apart', () => {
    expect(parseRichText('a<p></p>b<p> </p><em></em><blockquote><p></p></blockquote>')).to.deep.equal([
      { tag: 'p', children: ['a'] },
      { tag: 'p', children: ['b'] },
    ]);
  });

  it('reads plain text without markup as one string', () => {
    expect(parseRichText('just words')).to.deep.equal(['just words']);
    expect(parseRichText('')).to.deep.equal([]);
    // As the parser reads it: white space folded, NUL characters dropped.
    expect(parseRichText(' 1 <  2\u0000 >\r\n 0 ')).to.deep.equal(['1 < 2 > 0']);
    expect(parseRichText(' 1 <  2\u0000 >\r\n 0 <b></b>')).to.deep.equal(['1 < 2 > 0']);
  });
});

describe('htmlToText', () => {
  it('turns an error message with entities into what a reader reads', () => {
    expect(htmlToText('Duplicate comment detected; it looks as though you&#8217;ve already said that!')).to.equal(
      'Duplicate comment detected; it looks as though you’ve already said that!',
    );
    expect(htmlToText('Tom &amp; Jerry')).to.equal('Tom & Jerry');
  });
});
