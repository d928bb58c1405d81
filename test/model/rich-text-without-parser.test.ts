/** HTML bodies reduced without a parser (a page's Trusted Types names refuse Parley's policy): text, paragraphs, no tags. */
import { expect } from '@open-wc/testing';
import { decodeEntities, richTextWithoutParser } from '../../src/model/rich-text-without-parser.js';
import { parseRichText, richTextToPlain } from '../../src/model/rich-text-parse.js';

describe('richTextWithoutParser', () => {
  it('decodes named, decimal and hexadecimal character references, as a browser would', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;hi&quot; &#8220;x&#8221; &#x2019; &hellip;&nbsp;.')).to.equal(
      'Tom & Jerry <3 "hi" “x” ’ …\u00a0.',
    );
    expect(decodeEntities('&#0; &#xD800; &#99999999999; &#65')).to.equal('\ufffd \ufffd \ufffd A');
  });

  it('leaves unknown names, names without a semicolon and prototype names as they are', () => {
    expect(decodeEntities('&bogus; &amp &constructor; &__proto__; &toString; a & b')).to.equal(
      '&bogus; &amp &constructor; &__proto__; &toString; a & b',
    );
  });

  it('keeps paragraphs and line breaks, and drops every tag and attribute', () => {
    const nodes = richTextWithoutParser(
      '<p>Some <em>emphasis</em>, <strong class="x">bold</strong> &amp; a <a href="https://example.com/?a=1&amp;b=2" title="a > b">link</a>.</p>\n' +
        '<p>Line one<br />\nline two</p>',
    );
    expect(nodes).to.deep.equal([
      { tag: 'p', children: ['Some emphasis, bold & a link.'] },
      { tag: 'p', children: ['Line one', { tag: 'br', children: [] }, ' line two'] },
    ]);
  });

  it('drops scripts, styles, frames and comments with their content', () => {
    const nodes = richTextWithoutParser(
      '<p>Safe</p><script>var a = "<p>not text</p>";</script><STYLE>p { color: red }</STYLE ><!-- <p>hidden</p> -->' +
        '<iframe src="x">frame</iframe><svg><text>drawn</text></svg><p>After</p>',
    );
    expect(richTextToPlain(nodes)).to.equal('Safe\n\nAfter');
  });

  it('keeps preformatted text with its spacing, and an image as its alternative text', () => {
    const nodes = richTextWithoutParser(
      '<pre><code>let x = 1;\n  x &lt; 2;</code></pre><p>Smile <img src="s.png" alt=":-)" /></p>',
    );
    expect(nodes).to.deep.equal([
      { tag: 'pre', children: ['let x = 1;\n  x < 2;'] },
      { tag: 'p', children: ['Smile :-)'] },
    ]);
  });

  it('shows a less-than sign that opens no tag, and drops a tag the text never closes', () => {
    expect(richTextWithoutParser('1 < 2 and 3 <= 4 <b')).to.deep.equal(['1 < 2 and 3 <= 4 ']);
  });

  it('gives the same text as the parser for recorded WordPress bodies', () => {
    const bodies = [
      '<p>The first comment.</p>\n',
      '<p>Some <em>emphasis</em>, <strong>bold</strong>, <code>code()</code> &amp; a <a href="https://example.com/page?a=1&amp;b=2" rel="nofollow ugc">link</a>.alert(&#8220;x&#8221;) <a href="alert(1)" rel="nofollow ugc">bad link</a></p>\n',
      '<p>First paragraph.</p>\n<p>Second<br />\nline.</p>\n',
      'Tom &amp; Jerry',
    ];
    for (const body of bodies) {
      expect(richTextToPlain(parseRichText(body)), body).to.equal(richTextToPlain(richTextWithoutParser(body)));
    }
  });
});
