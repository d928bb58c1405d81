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

/** Replies read oldest first under their parent, whatever order the thread is listed in; an unreadable date keeps its place. */
const byTime = (a: ThreadNode, b: ThreadNode) => Date.parse(a.comment.createdAt) - Date.parse(b.comment.createdAt) || 0;

/** The node last built for each comment object. */
const built = new WeakMap<Comment, ThreadNode>();

/**
 * Top-level nodes in list order, replies oldest first under their parent.
 * Duplicate ids keep their first occurrence; a reply whose parent is missing, or whose
 * parents form a cycle, is shown at the top level; replies deeper than `maxDepth` attach
 * to the deepest allowed ancestor. A comment whose parent, level and replies are unchanged since the
 * last build keeps its node object, so a list drawing only changed nodes leaves its subtree alone.
 */
export function buildThread(comments: readonly Comment[], maxDepth: number): ThreadNode[] {
  /** Each comment's node by id. Its level is 0 until it is placed, and -1 while it is on the walk up to a placed ancestor. */
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) {
    if (!nodes.has(comment.id)) nodes.set(comment.id, { comment, parent: null, level: 0, replies: [] });
  }
  /** Where each node is attached: its container's replies, or null for the top level. */
  const containers = new Map<ThreadNode, ThreadNode | null>();
  const depthLimit = Math.max(1, maxDepth);
  /** A node's parent, when it is loaded: no id is null, so a top-level comment finds none. */
  const parentOf = (node: ThreadNode) => nodes.get(node.comment.parentId!);
  const roots: ThreadNode[] = [];
  const walk: ThreadNode[] = [];

  for (const node of nodes.values()) {
    // Up to the first placed ancestor, a missing parent, or back onto the walk (a cycle); then placed top down.
    for (let up: ThreadNode | undefined = node; up && !up.level; up = parentOf(up)) {
      up.level = -1;
      walk.push(up);
    }
    for (let current = walk.pop(); current; current = walk.pop()) {
      const parent = parentOf(current);
      if (!parent || parent.level < 1) {
        current.level = 1;
        containers.set(current, null);
      } else {
        current.parent = parent.comment;
        current.level = Math.min(parent.level + 1, depthLimit);
        containers.set(current, parent.level < depthLimit ? parent : containers.get(parent)!);
      }
    }
    node.deepest = node.level === depthLimit;
    (containers.get(node)?.replies ?? roots).push(node);
  }

  const reuse = (node: ThreadNode): ThreadNode => {
    node.replies = node.replies.sort(byTime).map(reuse);
    const was = built.get(node.comment);
    if (
      was?.parent === node.parent &&
      was.level === node.level &&
      was.deepest === node.deepest &&
      was.replies.length === node.replies.length &&
      node.replies.every((reply, i) => reply === was.replies[i])
    ) {
      return was;
    }
    built.set(node.comment, node);
    return node;
  };
  return roots.map(reuse);
}
