/** The reply tree: order kept, orphans and cycles shown, duplicates dropped, depth capped, unchanged subtrees kept. */
import { expect } from '@open-wc/testing';
import { buildThread } from '../../src/model/thread.js';
import type { ThreadNode } from '../../src/model/thread.js';
import type { Comment } from '../../src/model/comment.js';

const comment = (id: string, parentId: string | null = null): Comment => ({
  id,
  parentId,
  author: `Author ${id}`,
  url: null,
  avatar: null,
  content: `Text ${id}`,
  createdAt: '2026-01-01T00:00:00Z',
  status: 'approved',
});

/** The tree as nested ids, e.g. ['a', ['b', ['c']]]. */
const shape = (nodes: ThreadNode[]): unknown[] =>
  nodes.map((node) => (node.replies.length ? [node.comment.id, shape(node.replies)] : node.comment.id));

describe('buildThread', () => {
  it('nests replies under their parents in list order', () => {
    const tree = buildThread(
      [comment('a'), comment('b'), comment('a1', 'a'), comment('a2', 'a'), comment('a1x', 'a1')],
      3,
    );
    expect(shape(tree)).to.deep.equal([['a', [['a1', ['a1x']], 'a2']], 'b']);
    expect(tree[0].replies[0].parent?.id).to.equal('a');
    expect(tree[0].replies[0].replies[0].level).to.equal(3);
  });

  it('places a reply that comes before its parent', () => {
    expect(shape(buildThread([comment('r', 'p'), comment('p')], 3))).to.deep.equal([['p', ['r']]]);
  });

  it('shows a reply whose parent is missing at the top level', () => {
    const [orphan] = buildThread([comment('o', 'gone')], 3);
    expect(orphan.comment.id).to.equal('o');
    expect(orphan.level).to.equal(1);
    expect(orphan.parent).to.be.null;
  });

  it('breaks a cycle of parents instead of losing or looping over its comments', () => {
    const tree = buildThread([comment('x', 'y'), comment('y', 'x'), comment('self', 'self')], 3);
    expect(shape(tree)).to.deep.equal([['y', ['x']], 'self']);
  });

  it('keeps the first of two comments with one id', () => {
    const first = comment('d');
    const tree = buildThread([first, { ...comment('d'), content: 'duplicate' }], 3);
    expect(tree.length).to.equal(1);
    expect(tree[0].comment).to.equal(first);
  });

  it('attaches replies deeper than max-depth to the deepest allowed ancestor, still naming whom they answer', () => {
    const tree = buildThread([comment('1'), comment('2', '1'), comment('3', '2'), comment('4', '3')], 2);
    expect(shape(tree)).to.deep.equal([['1', ['2', '3', '4']]]);
    const four = tree[0].replies[2];
    expect(four.level).to.equal(2);
    expect(four.parent?.id).to.equal('3');
    expect(shape(buildThread([comment('1'), comment('2', '1')], 1))).to.deep.equal(['1', '2']);
  });

  it('puts replies oldest first, whatever order they are listed in', () => {
    const at = (id: string, createdAt: string): Comment => ({ ...comment(id, 'p'), createdAt });
    const tree = buildThread(
      [
        comment('p'),
        at('late', '2026-01-03T00:00:00Z'),
        at('early', '2026-01-01T00:00:00Z'),
        at('middle', '2026-01-02T00:00:00Z'),
      ],
      3,
    );
    expect(shape(tree)).to.deep.equal([['p', ['early', 'middle', 'late']]]);
  });

  it('reads each reply’s date once, however many replies it is compared with', () => {
    const replies = Array.from({ length: 500 }, (_, i) => ({
      ...comment(`r${i}`, 'p'),
      createdAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 500) * 60_000).toISOString(),
    }));
    const parse = Date.parse;
    let reads = 0;
    Date.parse = (text: string) => {
      reads++;
      return parse(text);
    };
    try {
      const [parent] = buildThread([comment('p'), ...replies], 3);
      const times = parent.replies.map((node) => parse(node.comment.createdAt));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    } finally {
      Date.parse = parse;
    }
    expect(reads).to.be.at.most(replies.length);
  });

  it('builds a deep chain of thousands without recursion limits', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => comment(String(i), i ? String(i - 1) : null));
    const tree = buildThread(chain.reverse(), 3);
    expect(tree.length).to.equal(1);
    expect(tree[0].replies[0].replies.length).to.equal(4998);
  });
});

describe('buildThread, built again', () => {
  /** Every node of a tree by its comment's id. */
  const byId = (nodes: ThreadNode[], into = new Map<string, ThreadNode>()) => {
    for (const node of nodes) byId(node.replies, into.set(node.comment.id, node));
    return into;
  };

  const thread = [
    comment('a'),
    comment('a1', 'a'),
    comment('a1x', 'a1'),
    comment('a2', 'a'),
    comment('b'),
    comment('b1', 'b'),
  ];

  it('keeps every node when nothing changed', () => {
    const tree = buildThread(thread, 3);
    const before = byId(tree);
    const after = byId(buildThread([...thread], 3, tree));
    for (const [id, node] of before) expect(after.get(id), id).to.equal(node);
  });

  it('renews only the nodes on the path to a new reply', () => {
    const first = buildThread(thread, 3);
    const before = byId(first);
    const tree = buildThread([...thread, comment('new', 'a1')], 3, first);
    expect(shape(tree)).to.deep.equal([
      ['a', [['a1', ['a1x', 'new']], 'a2']],
      ['b', ['b1']],
    ]);
    const after = byId(tree);
    const renewed = [...before.keys()].filter((id) => after.get(id) !== before.get(id));
    expect(renewed).to.deep.equal(['a', 'a1']);
  });

  it('keeps the other top-level comments when one is added', () => {
    const before = buildThread(thread, 3);
    const after = buildThread([comment('first'), ...thread], 3, before);
    expect(after.slice(1)).to.deep.equal(before);
    after.slice(1).forEach((node, i) => {
      expect(node).to.equal(before[i]);
    });
  });

  it('renews a reply whose parent arrives later, and its parent, as they move and gain a description', () => {
    const early = [comment('x'), comment('r', 'p')];
    const first = buildThread(early, 3);
    const before = byId(first);
    const after = byId(buildThread([...early, comment('p')], 3, first));
    expect(after.get('x')).to.equal(before.get('x'));
    expect(after.get('r')).to.not.equal(before.get('r'));
    expect(after.get('r')!.parent?.id).to.equal('p');
    expect(after.get('r')!.level).to.equal(2);
  });

  it('renews nodes whose level changes with max-depth', () => {
    const first = buildThread(thread, 3);
    const before = byId(first);
    const after = byId(buildThread(thread, 1, first));
    expect(after.get('b')).to.not.equal(before.get('b'), 'b loses its reply to the top level');
    expect(after.get('b1')!.level).to.equal(1);
    expect(after.get('b1')).to.not.equal(before.get('b1'));
  });

  it('builds fresh nodes for fresh comment objects, even with the same ids', () => {
    const first = buildThread(thread, 3);
    const before = byId(first);
    const after = byId(
      buildThread(
        thread.map((item) => ({ ...item })),
        3,
        first,
      ),
    );
    for (const [id, node] of before) expect(after.get(id), id).to.not.equal(node);
  });
});
