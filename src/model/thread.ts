/** Builds the reply tree from the flat list a backend pages through, in one pass over the comments. */
import type { Comment } from './comment.js';

export interface ThreadNode {
  comment: Comment;
  /** The comment this one answers, when it is loaded. */
  parent: Comment | null;
  /** 1 for top-level comments, at most the section's `max-depth`. */
  level: number;
  /** At the deepest level, where a reply could not nest: it offers no Reply. */
  deepest?: boolean;
  replies: ThreadNode[];
}

/**
 * Replies read oldest first under their parent, whatever order the thread is listed in; an unreadable date keeps
 * its place. Each date is read once, not at every comparison.
 */
function oldestFirst(replies: ThreadNode[]): ThreadNode[] {
  if (replies.length < 2) return replies;
  const times = new Map(replies.map((node) => [node, Date.parse(node.comment.createdAt)]));
  return replies.sort((a, b) => times.get(a)! - times.get(b)! || 0);
}

/** Every node of a tree, by the comment it was built for. */
function nodesOf(roots: readonly ThreadNode[]): Map<Comment, ThreadNode> {
  const nodes = new Map<Comment, ThreadNode>();
  const walk = [...roots];
  for (let node = walk.pop(); node; node = walk.pop()) {
    nodes.set(node.comment, node);
    walk.push(...node.replies);
  }
  return nodes;
}

/**
 * Top-level nodes in list order, replies oldest first under their parent.
 * Duplicate ids keep their first occurrence; a reply whose parent is missing, or whose
 * parents form a cycle, is shown at the top level; replies deeper than `maxDepth` attach
 * to the deepest allowed ancestor. Given the tree built before (`previous`), a comment whose parent, level and
 * replies are unchanged keeps its node object, so a list drawing only changed nodes leaves its subtree alone.
 */
export function buildThread(
  comments: readonly Comment[],
  maxDepth: number,
  previous: readonly ThreadNode[] = [],
): ThreadNode[] {
  /** Each comment's node by id. Its level is 0 until it is placed, and -1 while it is on the walk up to a placed ancestor. */
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) {
    if (!nodes.has(comment.id)) nodes.set(comment.id, { comment, parent: null, level: 0, replies: [] });
  }
  /** Where each reply past the deepest level is attached: the deepest allowed ancestor, not its parent. */
  const containers = new Map<ThreadNode, ThreadNode>();
  const depthLimit = Math.max(1, maxDepth);
  /** A node's parent, when it is loaded: no id is null, so a top-level comment finds none. */
  const parentOf = (node: ThreadNode) => nodes.get(node.comment.parentId!);
  /** Whose replies a reply is among. */
  const containerOf = (reply: ThreadNode) => containers.get(reply) ?? parentOf(reply)!;
  const roots: ThreadNode[] = [];
  /** The nodes that have replies: only theirs need ordering. */
  const answered = new Set<ThreadNode>();
  const walk: ThreadNode[] = [];

  for (const node of nodes.values()) {
    if (node.comment.parentId === null) {
      // Most comments answer no one: nothing to walk.
      node.level = 1;
      node.deepest = depthLimit === 1;
      roots.push(node);
      continue;
    }
    // Up to the first placed ancestor, a missing parent, or back onto the walk (a cycle); then placed top down.
    for (let up: ThreadNode | undefined = node; up && !up.level; up = parentOf(up)) {
      up.level = -1;
      walk.push(up);
    }
    for (let current = walk.pop(); current; current = walk.pop()) {
      const parent = parentOf(current);
      if (!parent || parent.level < 1) {
        current.level = 1;
      } else {
        current.parent = parent.comment;
        current.level = Math.min(parent.level + 1, depthLimit);
        if (current.level > 1 && parent.level === depthLimit) containers.set(current, containerOf(parent));
      }
    }
    node.deepest = node.level === depthLimit;
    if (node.level === 1) {
      roots.push(node);
    } else {
      const container = containerOf(node);
      container.replies.push(node);
      answered.add(container);
    }
  }
  for (const node of answered) oldestFirst(node.replies);

  // Nothing to keep on a first build.
  if (!previous.length) return roots;
  const was = nodesOf(previous);
  const reuse = (node: ThreadNode): ThreadNode => {
    node.replies = node.replies.map(reuse);
    const old = was.get(node.comment);
    if (
      old?.parent === node.parent &&
      old.level === node.level &&
      old.deepest === node.deepest &&
      old.replies.length === node.replies.length &&
      node.replies.every((reply, i) => reply === old.replies[i])
    ) {
      return old;
    }
    return node;
  };
  return roots.map(reuse);
}
