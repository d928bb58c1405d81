/**
 * The accessibility tree of the key states, compared with the snapshots kept in `__snapshots__/`: a change of
 * role, name, description or state shows as a diff. After an intended change, run
 * `npm test -- --files test/a11y/tree-snapshots.test.ts --update-snapshots` and review the diff of the snapshot file.
 */
import { expect } from '@open-wc/testing';
import { compareSnapshot, getSnapshot } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  accessibilityTreeShowing,
  deep,
  deepAll,
  mountSection,
  settle,
  stored,
  submitComment,
  text,
  THREAD,
  until,
  useHandlers,
  useRestBackend,
  useStalledPosts,
} from '../helpers.js';
import type { AxNode } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

/** What a screen reader is told of a node beyond its role and name; focus moves with timing, so it is left out. */
const STATES = [
  'description',
  'level',
  'value',
  'checked',
  'disabled',
  'expanded',
  'invalid',
  'required',
  'multiline',
  'readonly',
  'busy',
];

/** The tree as indented lines: role, "name", then each state it has; dates, written in the machine's time zone, as <date>. */
function serialize(node: AxNode, dates: string[], depth = 0): string[] {
  const states = STATES.filter((state) => node[state] !== undefined && node[state] !== false && node[state] !== '')
    .map((state) => (node[state] === true ? state : `${state}=${JSON.stringify(node[state])}`))
    .join(' ');
  const name = dates.reduce((named, date) => named?.replaceAll(date, '<date>'), node.name);
  const line = `${'  '.repeat(depth)}${node.role}${name ? ` ${JSON.stringify(name)}` : ''}${states ? ` [${states}]` : ''}`;
  return [line, ...(node.children ?? []).flatMap((child) => serialize(child, dates, depth + 1))];
}

/** The section's tree once the browser's accessibility tree shows `name` (it follows the page a moment later). */
async function treeShowing(name: string): Promise<string> {
  const tree = await accessibilityTreeShowing(name, 'parley-comments');
  return serialize(tree, deepAll(document.body, 'time').map(text)).join('\n');
}

async function expectTree(state: string, showing: string): Promise<void> {
  await compareSnapshot({ name: state, content: await treeShowing(showing) });
}

describe('accessibility tree of the key states', () => {
  // The reader's tools too, so each state shows its sort control however fast the chunks arrive.
  before(() =>
    Promise.all([
      import('../../src/components/comment-form/form-chunk.js'),
      import('../../src/components/reading-tools/reading-tools-chunk.js'),
    ]),
  );

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('empty', async () => {
    await useRestBackend([]);
    await mountSection();
    await expectTree('empty', 'No comments yet');
  });

  it('loaded, with replies and Load more', async () => {
    await useRestBackend([
      stored({ id: 'a', author: 'Ada', url: 'https://example.com/', content: 'First!' }),
      stored({ id: 'g', author: 'Grace', parentId: 'a', content: 'A reply.' }),
      stored({ id: 'm', author: 'Margaret', content: 'On the next page.' }),
    ]);
    await mountSection({ 'page-size': '2' });
    await expectTree('loaded with replies', 'Grace');
  });

  it('form errors', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Ada', content: 'First!' })]);
    const section = await mountSection();
    deep(section.shadowRoot!, '[part=submit]').click();
    await until(() => deepAll(section.shadowRoot!, '[part=error]').length === 3, 'three field errors');
    await settle(section);
    await expectTree('form errors', 'Please enter your name.');
  });

  it('posting', async () => {
    await useStalledPosts([stored({ id: 'a', author: 'Ada', content: 'First!' })]);
    const section = await mountSection({ thread: THREAD });
    submitComment(section);
    await until(() => text(deep(section.shadowRoot!, '[part=submit]')) === 'Posting…', 'Posting…');
    await expectTree('posting', 'Posting…');
  });

  it('posted', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Ada', content: 'First!' })]);
    const section: ParleyComments = await mountSection();
    submitComment(section);
    await until(() => deepAll(section.shadowRoot!, 'article').length === 2, 'the new comment');
    await settle(section);
    await expectTree('posted', 'Rosa');
  });

  it('held for moderation', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Ada', content: 'First!' })], { holdWords: ['hold'] });
    const section = await mountSection();
    submitComment(section, 'Please hold this one.');
    await until(() => deepAll(section.shadowRoot!, '[part=pending-notice]').length, 'the moderation notice');
    await settle(section);
    await expectTree('held', 'Your comment is awaiting moderation.');
  });

  it('load error', async () => {
    await useHandlers(http.get('/api/comments', () => new HttpResponse('down', { status: 503 })));
    const section = await mountSection({}, false);
    await until(() => deepAll(section.shadowRoot!, '[part=retry]').length, 'the Retry button');
    await settle(section);
    await expectTree('load error', 'Retry');
  });

  it('a changed name is a difference', async () => {
    await useRestBackend([]);
    const section = await mountSection();
    section.strings = { noComments: 'Nothing here yet' };
    await settle(section);
    const changed = await treeShowing('Nothing here yet');
    const kept = await getSnapshot({ name: 'empty' });
    expect(kept).to.contain('heading "No comments yet"');
    expect(changed).to.equal(kept!.replaceAll('No comments yet', 'Nothing here yet'));
  });
});
