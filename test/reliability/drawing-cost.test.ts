// Drawing a comment costs time linear in its length: a hostile body at the longest length the form allows costs no
// more to draw than the same shape cut into sixteen shorter comments. A stopwatch budget fails whenever the machine is
// busy; two drawings made side by side are slowed alike, while a regex that backtracks or a loop that rescans the
// text makes the long body cost several times the sixteen short ones, on a fast machine or a slow one.
import { expect } from '@open-wc/testing';
import { CommentDrawer } from '../../src/components/comment/comment.js';
import { renderRich } from '../../src/components/comment/rich-body.js';
import { en } from '../../src/i18n/en.js';
import { styles } from '../../src/components/comment-list/comment-list.styles.js';
import { sharedStyles } from '../../src/components/shared.styles.js';
import { commentFromWaline } from '../../src/backends/waline.js';
import { commentFromWordPress } from '../../src/backends/wordpress.js';
import { Ui } from '../../src/i18n/ui.js';
import type { Comment } from '../../src/model/comment.js';
import { richTextToPlain } from '../../src/model/rich-text-parse.js';
import { richTextWithoutParser } from '../../src/model/rich-text-without-parser.js';
import { LIMITS, validateComment } from '../../src/model/validation.js';
import { markdownToRich } from '../../src/model/markdown.js';

const LONGEST = LIMITS.content;
/** How many shorter comments a body is compared with; their lengths add up to its length. */
const PIECES = 16;
/**
 * The lengths compared, each with sixteen pieces of it: a cost that grows faster than the length shows at the shorter
 * one already, before the longest body could keep the browser busy for seconds.
 */
const LENGTHS = [Math.floor(LONGEST / PIECES), LONGEST];
/**
 * How many times the cost of its sixteen pieces a body may cost. Drawn in linear time it costs about as much as they
 * do (a little less: each piece has a name, date and buttons of its own); a cost that grows with the square of the
 * length makes it sixteen times as much. The wide gap either side leaves room for a busy machine.
 */
const RATIO = 4;
/** Differences the browser's clock cannot tell apart: it rounds to a tenth of a millisecond, with jitter. */
const GRAIN_MS = 1;

/** A body's shape at any length, so that it can be drawn long, and short. */
type Shape = (length: number) => string;

/** `head`, then `unit` repeated, then `tail`, cut to exactly `length`. */
const repeated =
  (unit: string, head = '', tail = ''): Shape =>
  (length) => {
    const room = length - head.length - tail.length;
    return head + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
  };

/** Bodies that made a regex backtrack or a loop rescan the text, and their neighbours. */
const HOSTILE_TEXT: Record<string, Shape> = {
  'an address followed by closing parentheses': repeated(')', 'https://a'),
  'an address followed by punctuation': repeated('.,;:!?)]}', 'https://a'),
  'an address followed by ".)"': repeated('.)', 'https://a'),
  'an address opening parentheses, then closing them': (length) =>
    repeated('(', 'https://a/', ')'.repeat(Math.floor(length / 2)))(length),
  'opening parentheses around an address': repeated('(', '', 'https://a)'),
  'nested parentheses in an address': repeated('(a)', 'https://a/'),
  'addresses without spaces between them': repeated('https://'),
  'addresses with spaces between them': repeated('https://a ', ''),
  'schemes without an address': repeated('http:/'),
  'closing parentheses': repeated(')'),
  'opening parentheses': repeated('('),
  brackets: repeated('[{(<'),
  spaces: repeated(' ', 'a', 'b'),
  'spaces then a line break': repeated(' ', 'a', '\nb'),
  'line breaks': repeated('\n', 'a', 'b'),
  'less-than signs': repeated('<'),
  'tag openings': repeated('<a'),
  asterisks: repeated('*'),
  ampersands: repeated('&#'),
  entities: repeated('&amp;'),
  'at signs and dots': repeated('@.'),
};

/** HTML bodies a WordPress or Waline server may send (they pass it through or render it from Markdown). */
const HOSTILE_HTML: Record<string, Shape> = {
  ...HOSTILE_TEXT,
  'spaces in preformatted text inside emphasis': repeated(' ', '<em><pre>a', 'b</pre></em>'),
  'line breaks in preformatted text': repeated('\n', '<pre>a', 'b</pre>'),
  'line breaks at the end of preformatted text': repeated('\n', '<pre>a', '</pre>'),
  paragraphs: repeated('<p>'),
  'nested quotes': repeated('<blockquote>'),
  'nested emphasis': repeated('<em>'),
  'nested divisions': repeated('<div>'),
  'line break elements': repeated('<br>'),
  'unclosed comments': repeated('<!--'),
  'closing tags': repeated('</'),
  'links to long addresses': repeated(')', '<a href="https://a/', '">x</a>'),
  'many links': repeated('<a href="https://a/">x</a>'),
  'an address in a paragraph': repeated(')', '<p>https://a', '</p>'),
};

/** Backtick runs one longer each time (a run of n closes only a run of n), cut to the length. */
const BACKTICK_RUNS = Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1) + ' ').join('');

/** Markdown a reader may post, hostile to a reader that rescans: unmatched openers, backticks, brackets, quotes. */
const HOSTILE_MARKDOWN: Record<string, Shape> = {
  ...HOSTILE_TEXT,
  'unmatched emphasis openers': repeated('*a '),
  'unmatched strong openers': repeated('**a '),
  'underscores inside words': repeated('a_'),
  'backtick runs of growing length': (length) => BACKTICK_RUNS.padEnd(length, '`').slice(0, length),
  'unclosed backticks': repeated('`a'),
  'link openers': repeated('['),
  'link closers without an address': repeated('*a](b '),
  'links with an address that never closes': repeated('[a](https://a'),
  'openers then closers': (length) => repeated('[', '', repeated('](https://a) ')(Math.floor(length / 2)))(length),
  'quotes nested deeper and deeper': repeated('>'),
  'quote lines': repeated('> a\n'),
  'list items': repeated('- a\n'),
  'fences that never close': repeated('```\n'),
  escapes: repeated('\\*'),
};

/** Names and websites as long as a body: real servers store far less, but a hostile one may send anything. */
const HOSTILE_FIELDS = [
  'less-than signs',
  'ampersands',
  'nested emphasis',
  'an address followed by closing parentheses',
  'spaces',
  'at signs and dots',
];

const drawer = new CommentDrawer(new Ui('en', {}, en), renderRich);

let host: HTMLElement;
let list: HTMLOListElement;

/** Lets the last run's garbage be collected, and other work on the machine have its turn. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A body of `length` characters and sixteen pieces of it: how long each took (the best of its runs), and the verdict. */
interface Costs {
  length: number;
  whole: number;
  pieces: number;
  linear: boolean;
}

/**
 * The milliseconds `work` takes, at best of up to ten runs, for the body of `shape` at `length` and for sixteen pieces
 * of it, run by turns with a pause before each (so that a busy moment slows one run, not one side); `reset` runs
 * untimed before each. Three rounds within the ratio are enough; beyond it, the rounds go on up to ten, or until
 * five seconds have passed (linear drawing takes a small part of that; a fault that slow says so before the test
 * runs out of time).
 */
async function compareAt(length: number, shape: Shape, work: (body: string) => void, reset: () => void) {
  const whole = shape(length);
  const pieces = Array.from({ length: PIECES }, () => shape(Math.floor(length / PIECES)));
  const costs: Costs = { length, whole: Infinity, pieces: Infinity, linear: false };
  const started = performance.now();
  for (let round = 1; round <= 10; round++) {
    for (const side of ['pieces', 'whole'] as const) {
      reset();
      await pause();
      const start = performance.now();
      for (const body of side === 'whole' ? [whole] : pieces) work(body);
      costs[side] = Math.min(costs[side], performance.now() - start);
    }
    costs.linear = costs.whole <= RATIO * costs.pieces + GRAIN_MS;
    if ((round >= 3 && costs.linear) || performance.now() - started > 5000) break;
  }
  return costs;
}

/** Compares the body of `shape` with its sixteen pieces at each length in turn, up to the first that is not linear. */
async function compare(shape: Shape, work: (body: string) => void, reset = () => {}): Promise<Costs> {
  let costs!: Costs;
  for (const length of LENGTHS) {
    costs = await compareAt(length, shape, work, reset);
    if (!costs.linear) break;
  }
  return costs;
}

/**
 * Compares turning the body of `shape` into DOM and putting it in the list with doing so for sixteen pieces of it,
 * each `make` builds a comment of. The browser's own layout afterwards is not counted: laying out 65,525 line
 * breaks takes it a few hundred milliseconds however they were added.
 */
async function compareDrawing(shape: Shape, make: (body: string) => Comment): Promise<Costs> {
  return compare(
    shape,
    (body) => list.append(drawer.draw({ comment: make(body), parent: null, level: 1, replies: [] }, () => [])),
    () => {
      list.replaceChildren();
      list.getBoundingClientRect();
    },
  );
}

/** What a failure says: the two costs, to the tenth of a millisecond. */
const told = ({ length, whole, pieces }: Costs) =>
  `a body of ${length} characters took ${whole.toFixed(1)} ms, ${PIECES} pieces of it ${pieces.toFixed(1)} ms`;

const plain = (content: string): Comment => ({
  id: 'long',
  parentId: null,
  author: 'Long',
  url: null,
  avatar: null,
  content,
  createdAt: '2026-11-20T12:00:00Z',
  status: 'approved',
});

/** A WordPress comment with `html` as its body, or in the fields `hostile` names. */
const fromWordPress = (html: string, hostile: Array<'content' | 'author_name' | 'author_url'> = ['content']) =>
  commentFromWordPress({
    id: 1,
    parent: 0,
    author_name: hostile.includes('author_name') ? html : 'Long',
    author_url: hostile.includes('author_url') ? html : '',
    date_gmt: '2026-11-20T12:00:00',
    content: { rendered: hostile.includes('content') ? html : '<p>Short</p>' },
    status: 'approved',
  });

/** What a page whose Trusted Types names refuse Parley's policy draws: the body reduced without a parser. */
const withoutParser = (html: string): Comment => {
  const rich = richTextWithoutParser(html);
  return { ...plain(richTextToPlain(rich)), rich };
};

/** A Waline comment with `html` as its body, or in the fields `hostile` names. */
const fromWaline = (html: string, hostile: Array<'comment' | 'nick' | 'link' | 'avatar'> = ['comment']) =>
  commentFromWaline({
    objectId: 1,
    nick: hostile.includes('nick') ? html : 'Long',
    link: hostile.includes('link') ? html : null,
    avatar: hostile.includes('avatar') ? html : null,
    comment: hostile.includes('comment') ? html : '<p>Short</p>',
    time: 0,
  });

describe('reliability: the cost of drawing a comment', () => {
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '600px';
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedStyles, styles].map((style) => style.styleSheet!);
    list = document.createElement('ol');
    root.append(list);
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('has bodies at the longest length a reader may post', () => {
    for (const shape of Object.values({ ...HOSTILE_HTML, ...HOSTILE_MARKDOWN })) {
      for (const length of [...LENGTHS, ...LENGTHS.map((length) => Math.floor(length / PIECES))]) {
        expect(shape(length).length).to.equal(length);
      }
    }
    expect(
      validateComment({
        content: HOSTILE_TEXT['an address followed by closing parentheses'](LONGEST),
        author: 'A',
        email: 'a@example.com',
        url: '',
      }).ok,
    ).to.equal(true);
  });

  for (const [name, shape] of Object.entries(HOSTILE_TEXT)) {
    it(`draws ${name} as plain text in time linear in its length`, async () => {
      const costs = await compareDrawing(shape, plain);
      expect(list.textContent).to.contain(shape(LONGEST).slice(0, 20));
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const [name, shape] of Object.entries(HOSTILE_MARKDOWN)) {
    it(`draws ${name} as Markdown in time linear in its length`, async () => {
      const costs = await compareDrawing(shape, (markdown) => ({ ...plain(markdown), rich: markdownToRich(markdown) }));
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const [name, shape] of Object.entries(HOSTILE_HTML)) {
    it(`draws ${name} from WordPress in time linear in its length`, async () => {
      const costs = await compareDrawing(shape, (html) => fromWordPress(html));
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const [name, shape] of Object.entries(HOSTILE_HTML)) {
    it(`draws ${name} without an HTML parser in time linear in its length`, async () => {
      const costs = await compareDrawing(shape, withoutParser);
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const name of [
    'less-than signs',
    'spaces in preformatted text inside emphasis',
    'line breaks in preformatted text',
    'an address in a paragraph',
  ]) {
    it(`draws ${name} from Waline in time linear in its length`, async () => {
      const costs = await compareDrawing(HOSTILE_HTML[name], (html) => fromWaline(html));
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const name of HOSTILE_FIELDS) {
    it(`draws ${name} as a name and website from WordPress in time linear in their length`, async () => {
      const costs = await compareDrawing(HOSTILE_HTML[name], (html) =>
        fromWordPress(html, ['author_name', 'author_url']),
      );
      expect(costs.linear, told(costs)).to.equal(true);
    });

    it(`draws ${name} as a name, website and avatar from Waline in time linear in their length`, async () => {
      const costs = await compareDrawing(HOSTILE_HTML[name], (html) => fromWaline(html, ['nick', 'link', 'avatar']));
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }

  for (const [name, shape] of Object.entries(HOSTILE_TEXT)) {
    it(`checks a form with ${name} in every field in time linear in their length`, async () => {
      const costs = await compare(shape, (value) => {
        validateComment({ content: value, author: value, email: value, url: value });
      });
      expect(costs.linear, told(costs)).to.equal(true);
    });
  }
});
